# asdict, astuple, replace, fields and field options
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)
    secret: str = field(default="xyz", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)


p = Person("Ann", 30, Address("Main St 1", "Springfield"), ["a", "b"])
print(p)
print(asdict(p))
print(astuple(p))
d = asdict(p)
d["address"]["city"] = "Shelbyville"
print(p.address.city)
print(p == Person("Ann", 30, Address("Main St 1", "Springfield"), ["a", "b"], cache={"k": 1}))
print(p == Person("Ann", 30, Address("Main St 1", "Springfield"), ["a", "b"], secret="other"))

older = replace(p, age=31)
print(older.age, p.age, older.address is p.address)
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError", e)

for f in fields(Person):
    print(f.name, f.repr, f.compare, f.init)


@dataclass
class Counter:
    name: str
    count: int = field(default=0, init=False)


c = Counter("clicks")
c.count += 3
print(c)
try:
    Counter("x", 5)
except TypeError as e:
    print("TypeError", e)

print(asdict(Counter("z")), astuple(Counter("z")))


@dataclass
class Matrix:
    rows: list


m = Matrix([[1, 2], [3, 4]])
t = astuple(m)
print(t, t[0] is not m.rows)
print(asdict(Matrix([Address("a", "b")])))
try:
    asdict(42)
except TypeError as e:
    print("TypeError", e)
