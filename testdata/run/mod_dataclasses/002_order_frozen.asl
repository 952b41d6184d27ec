# order=True comparisons and frozen instances
from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return "%d.%d.%d" % (self.major, self.minor, self.patch)


vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1), Version(2)]
print([str(v) for v in sorted(vs)])
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c, c.hex())
try:
    c.r = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    setattr(c, "g", 1)
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(issubclass(FrozenInstanceError, AttributeError))
print(hash(c) == hash(Color(255, 128, 0)), c == Color(255, 128, 0))
palette = {c: "orange", Color(0, 0, 0): "black"}
print(palette[Color(255, 128, 0)], len({c, Color(255, 128, 0)}))


@dataclass
class Mutable:
    v: int


try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
print(sorted(hand))
print(sorted(hand, reverse=True)[0])
try:
    @dataclass(order=True, eq=False)
    class X:
        a: int
except ValueError as e:
    print("ValueError", e)
