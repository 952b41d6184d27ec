# inf, nan and the domain and range errors
import math

inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isinf(-inf), math.isinf(1e308), math.isinf(nan))
print(math.isnan(nan), math.isnan(inf), math.isnan(float("nan")), nan == nan, nan != nan)
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan), math.isfinite(10 ** 300))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf)
print(math.exp(-inf), math.exp(inf), math.atan(inf), math.tanh(-inf))
print(math.sqrt(inf), math.log(inf), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.fabs(-inf), math.copysign(inf, -1), math.fmod(1, inf))
print(math.sin(nan), math.pow(nan, 0), math.pow(1, nan), math.pow(inf, -1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.sqrt(-0.0))
print(max(1, nan), min(nan, 1))

calls = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(0.0)", lambda: math.log(0.0)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("log2(0)", lambda: math.log2(0)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("log(10, 0)", lambda: math.log(10, 0)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0)", lambda: math.acosh(0)),
    ("sin(inf)", lambda: math.sin(inf)),
    ("cos(-inf)", lambda: math.cos(-inf)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 1)", lambda: math.fmod(inf, 1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-2)", lambda: math.gamma(-2)),
    ("lgamma(-1)", lambda: math.lgamma(-1)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ("exp(10**400)", lambda: math.exp(10 ** 400)),
    ("floor(inf)", lambda: math.floor(inf)),
    ("ceil(nan)", lambda: math.ceil(nan)),
    ("trunc(inf)", lambda: math.trunc(-inf)),
    ("int(nan)", lambda: int(nan)),
]
for name, fn in calls:
    try:
        print(name, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__, e)
