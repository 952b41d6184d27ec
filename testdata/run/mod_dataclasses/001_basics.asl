# dataclass basics: init, defaults, repr, eq, fields
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print([f.name for f in fields(Point)], [f.type for f in fields(p)] == [int, int])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int))
print(Point.__name__, type(p).__name__)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self


a = Account("ann").deposit(10).deposit(5.5)
b = Account("bob")
print(a)
print(b, b.history is not Account("x").history)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)


@dataclass(repr=False, eq=False)
class Plain:
    v: int


q = Plain(1)
print(q == Plain(1), q == q, "object at" in repr(q))
