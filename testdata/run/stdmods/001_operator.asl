# The operator module.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq([1], [1]), operator.ne(1, 1.0), operator.not_(0))
print(operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4))
print(operator.concat([1], [2]), operator.getitem({"k": 9}, "k"), operator.__add__(1, 1))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(1, 0)(rows[0]))
people = [P("ann", 30), P("bob", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("inner.inner.name")(people[1]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
for bad in (lambda: operator.add(1, "a"), lambda: operator.lt(1, "a"), lambda: itemgetter(5)([1])):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
