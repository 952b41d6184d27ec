# gcd, lcm, factorial, comb, perm, isqrt, prod
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd())
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(7))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6), math.lcm(7))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(25))
print(len(str(math.factorial(100))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 0), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11)))
print(math.prod([1, 2], start=10), math.prod([[1]], start=3) if False else "skip")
print(math.prod(["ab"], start=3))
print(math.gcd(True, 4), math.factorial(True), math.isqrt(True))

bad = [
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(5.0)", lambda: math.factorial(5.0)),
    ("factorial('3')", lambda: math.factorial("3")),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("lcm(2, 'x')", lambda: math.lcm(2, "x")),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, -2)", lambda: math.comb(5, -2)),
    ("comb(5.0, 2)", lambda: math.comb(5.0, 2)),
    ("perm(-3)", lambda: math.perm(-3)),
    ("perm(3, -1)", lambda: math.perm(3, -1)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("isqrt(2.0)", lambda: math.isqrt(2.0)),
    ("prod(5)", lambda: math.prod(5)),
]
for name, fn in bad:
    try:
        print(name, "=", fn())
    except (ValueError, TypeError) as e:
        print(name, "->", type(e).__name__, e)

# Pascal's triangle with comb, checked against the row recurrence
row = [1]
for n in range(8):
    assert row == [math.comb(n, k) for k in range(n + 1)]
    print(" ".join(str(x) for x in row).center(40))
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
