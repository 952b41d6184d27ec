# The math module: constants, functions, and CPython's errors.
import math
from math import sqrt, pi, inf, nan
print(pi, math.e, math.tau, inf, -inf, nan, math.isnan(nan))
print(sqrt(16), sqrt(2), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(pi), math.radians(180), math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3))
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-0.5), math.floor(10**30))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(True))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isinf(inf), math.isfinite(1.0), math.isfinite(nan))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 0), math.gcd())
print(math.factorial(0), math.factorial(20), math.factorial(25), math.isqrt(99), math.isqrt(10**20))
print(math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5, 6))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]))
print(math.pow(2, 10), math.pow(2, 0.5), math.log(2**1000))
cases = [
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-5)', lambda: math.log(-5)),
    ('math.floor(inf)', lambda: math.floor(inf)),
    ('math.floor(nan)', lambda: math.floor(nan)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(2.5)', lambda: math.factorial(2.5)),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.acos(2)', lambda: math.acos(2)),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.log(10, 1)', lambda: math.log(10, 1)),
]
for text, case in cases:
    try:
        print(text, case())
    except Exception as e:
        print(text, type(e).__name__, e)
