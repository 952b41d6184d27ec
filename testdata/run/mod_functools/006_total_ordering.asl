# total_ordering derives the missing comparison methods.
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= c, a > b, a >= c, b >= a, a == c, a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(Version("0.1"), Version("0.0.9")), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __ge__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents >= other.cents

m1, m2 = Money(100), Money(250)
print(m1 < m2, m1 <= m2, m1 > m2, m2 >= m1, m1 >= Money(100), m1 < Money(100))
try:
    m1 < 5
except TypeError as e:
    print("TypeError", e)

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v

print(Gt(1) < Gt(2), Gt(1) <= Gt(1), Gt(3) >= Gt(4), Gt(5) > Gt(4))

@total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v

print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(3))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
