# __post_init__, InitVar, inheritance and kw_only
from dataclasses import dataclass, field, InitVar, fields


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Square(Rect):
    label: str = "sq"

    def __post_init__(self):
        super().__post_init__()
        self.label = self.label.upper()


print(Square(2, 2), Square(3, 3, "big"))
print([f.name for f in fields(Square)])


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Child(Base):
    y: int = 10
    z: int = 20


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass
class User:
    name: str
    password: InitVar[str] = None
    hashed: str = field(default="", init=False)

    def __post_init__(self, password):
        self.hashed = "h(" + (password or "") + ")"


u = User("ann", "pw")
print(u, [f.name for f in fields(User)])
print(User("bob"))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3


print(Mixed(1), Mixed(1, 5, b=7))
