# floor, ceil, trunc, modf, frexp, ldexp, and big values
import math

for x in [2.5, -2.5, 3.0, -0.1, 1e20, -1e20, 7, -7, 2 ** 70, 1.5e300]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(type(math.floor(1e20)).__name__, math.floor(1e20) == 10 ** 20)
print(math.floor(10 ** 30 + 1), math.ceil(-(10 ** 30) - 1))

print(math.modf(3.5), math.modf(-3.5), math.modf(0.0), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.0), math.frexp(-1.5), math.frexp(1e-320), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 0), math.ldexp(1, -1080), math.ldexp(0.0, 10000))
try:
    math.ldexp(1, 2000)
except OverflowError as e:
    print("OverflowError", e)
for x in [0.1, 123.456, -7.25, 2 ** 60]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.fsum([math.inf, 1]), math.fsum([1e308, 1e308, -1e308]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)

print(math.trunc(3.99), math.trunc(-3.99), math.floor(True))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floor__(self):
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __trunc__(self):
        return int(self.cents / 100)

m = Money(1250)
print(math.floor(m), math.ceil(m), math.trunc(m))
try:
    math.floor("1.5")
except TypeError as e:
    print("TypeError", e)
