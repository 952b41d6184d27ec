# tuple, set and frozenset subclasses; errors
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])
p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, len(p), p.x, q.y, tuple(p), list(q), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = q
print(x, y, {p: "a"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]), p.count(1), p.index(2), p[::-1], str(p))
print(type(p).__name__, type(p[0:1]).__name__, max(p), p > (0, 9), (1, 2) in {p})

class Pair(tuple):
    pass
pr = Pair([3, 4])
print(pr, repr(pr), pr + (5,), type(pr + (5,)).__name__, pr * 2, Pair(), Pair("ab"))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags(["a"])
t.add_all("b", "c")
t.discard("a")
print(sorted(t), len(t), "b" in t, type(t).__name__, isinstance(t, set), t == {"b", "c"}, sorted(t | {"z"}), type(t | {"z"}).__name__)
t |= {"q"}
print(type(t).__name__, sorted(t), sorted(t & {"q", "b"}), bool(Tags()))
t2 = t.copy()
print(type(t2).__name__, len(t2))

class Frozen(frozenset):
    pass
fz = Frozen([1, 2, 2])
print(sorted(fz), len(fz), hash(fz) == hash(frozenset([1, 2])), {fz: 1}[frozenset([1, 2])], type(fz).__name__)

for base in (bool, range, slice):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    Point(1)
except TypeError as e:
    print("TypeError")
try:
    class L(list):
        pass
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class I(int):
        pass
    I("x")
except ValueError as e:
    print("ValueError:", e)
class S(list):
    pass
try:
    S([1]) - 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(S())
except TypeError as e:
    print("TypeError:", e)
try:
    S()[3]
except IndexError as e:
    print("IndexError:", e)
try:
    S() < 3
except TypeError as e:
    print("TypeError:", e)
print(S.__mro__, S.__bases__, S.__base__)
print(list.__repr__(S([1])), int.__add__(I(3), 4), dict.__len__({}))
class I2(int):
    def __init__(self, v):
        super().__init__()
        self.orig = v
i2 = I2("42")
print(i2, i2.orig, i2 + 0, I2.__new__(I2, 5) + 1, int.__new__(int, "7"))
