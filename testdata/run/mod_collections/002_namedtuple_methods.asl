# namedtuple's _make, _asdict, _replace, defaults and subclassing.
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
rows = [("ann", "eng", 120), ("bob", "ops", 90), ("cy", "eng", 105)]
staff = [Employee._make(r) for r in rows]
for e in staff:
    print(e)
print(staff[0]._asdict())
print([e.name for e in staff if e.dept == "eng"])

raised = staff[1]._replace(salary=95)
print(raised, staff[1])
print(raised._replace(), raised._replace(name="bo", dept="dev"))

# Defaults fill the rightmost fields.
Conn = namedtuple("Conn", ["host", "port", "timeout"], defaults=[80, 5.0])
print(Conn("a.example"), Conn("b", 8080), Conn("c", 1, 2))
print(Conn._field_defaults)
One = namedtuple("One", "a b", defaults=[None])
print(One(1), One._field_defaults)
NoDef = namedtuple("NoDef", "a", defaults=())
print(NoDef._field_defaults)

# Subclasses add methods and keep the tuple behaviour.
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2(), Vec(3, 4).norm2(), type(v).__name__)
print(Vec._fields, Vec(1, 2)._asdict())

# _make accepts any iterable.
Pair = namedtuple("Pair", "left right")
print(Pair._make(iter("ab")), Pair._make(range(2)))
print(Pair._make([1, 2])._replace(left=0))

# A namedtuple as a dict key and in sets.
seen = {Pair(1, 2), Pair(1, 2), Pair(2, 1)}
print(sorted(seen))
d = {Pair("k", 1): "v"}
print(d[Pair("k", 1)], d.get(("k", 1)))
