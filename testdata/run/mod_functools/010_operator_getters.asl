# operator.itemgetter, attrgetter (dotted) and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", 31, "eng"), ("bob", 25, "ops"), ("cy", 31, "dev"), ("dee", 19, "eng")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter(-1)([1, 2, 3]), itemgetter("k", "j")({"k": 1, "j": 2}))
print(itemgetter(1), itemgetter(0, 2), itemgetter("name"))

class Address:
    def __init__(self, city, zipcode):
        self.city = city
        self.zipcode = zipcode

class Person:
    def __init__(self, name, age, city, zipcode):
        self.name = name
        self.age = age
        self.address = Address(city, zipcode)

people = [Person("ann", 31, "Oslo", "0150"), Person("bob", 25, "Bergen", "5003"), Person("cy", 40, "Oslo", "0151")]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print([p.name for p in sorted(people, key=attrgetter("address.city", "name"))])
print(attrgetter("address.zipcode")(people[1]), attrgetter("name", "address.city")(people[2]))
print(attrgetter("name"), attrgetter("address.city", "age"))

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))
print(list(map(methodcaller("strip", "*"), ["*x*", "**y"])))
print(methodcaller("format", name="asl")("hello {name}"))
print(methodcaller("split"), methodcaller("replace", "a", "b"), methodcaller("format", 1, x=2))

errors = [
    lambda: itemgetter(),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter("k")({}),
    lambda: itemgetter(1)(),
    lambda: attrgetter(),
    lambda: attrgetter(3),
    lambda: attrgetter("missing")(people[0]),
    lambda: attrgetter("address.planet")(people[0]),
    lambda: methodcaller(),
    lambda: methodcaller(5),
    lambda: methodcaller("nope")(1),
]
for f in errors:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
