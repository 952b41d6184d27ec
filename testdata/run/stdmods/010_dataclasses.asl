# dataclasses: generated __init__, __repr__, __eq__, order, frozen, fields, asdict.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Key:
    name: str
    size: int = 1


@dataclass
class Line:
    start: Point
    end: Point
    label: str = field(default="line", repr=False)

    def __post_init__(self):
        self.length2 = (self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
v1, v2 = Version(1, 2), Version(1, 10, ["beta"])
print(v1 < v2, v2 >= v1, sorted([v2, v1, Version(0, 9)]), Version(1, 2, ["x"]) == v1)
k = Key("a")
print(k, hash(k) == hash(Key("a")), {k: 1}[Key("a")])
try:
    k.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.length2, ln.label)
print([f.name for f in fields(Version)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(ln), astuple(v2), replace(p, y=9), p)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: hash(p)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)


@dataclass
class Child(Point):
    z: int = 7


print(Child(1, 2), Child(1, 2, 3).z, [f.name for f in fields(Child)])
