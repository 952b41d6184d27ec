# descriptive statistics written with math: fsum, sqrt, log, floor, ceil
import math

data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 4.4, 6.0, 2.2, 8.9]


def mean(xs):
    return math.fsum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return s[int(k)]
    return s[lo] * (hi - k) + s[hi] * (k - lo)


def geometric_mean(xs):
    return math.exp(math.fsum(math.log(x) for x in xs) / len(xs))


print("n", len(data))
print("mean %.6f" % mean(data))
print("variance %.6f" % variance(data))
print("stdev %.6f" % math.sqrt(variance(data)))
for p in (0, 25, 50, 75, 90, 100):
    print("p%d %.4f" % (p, percentile(data, p)))
print("geometric mean %.6f" % geometric_mean(data))
print("harmonic mean %.6f" % (len(data) / math.fsum(1 / x for x in data)))
print("range", min(data), max(data), round(max(data) - min(data), 10))

# histogram with bins of width 2
bins = {}
for x in data:
    b = math.floor(x / 2) * 2
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print("[%2d, %2d) %s" % (b, b + 2, "#" * bins[b]))

# z-scores and outliers
m, sd = mean(data), math.sqrt(variance(data))
z = [(x - m) / sd for x in data]
print([round(v, 3) for v in z])
print("outliers:", [x for x, v in zip(data, z) if abs(v) > 1.5])
print(math.isclose(math.fsum(z), 0.0, abs_tol=1e-12))

# exact sums versus naive ones
vals = [0.1] * 10 + [1e16, 1.0, -1e16]
print(sum(vals), math.fsum(vals))
print(math.prod([1.1] * 3), math.prod(range(1, 6), start=2))
print(math.log(1024, 2), math.log(1000, 10), math.log2(1 << 200), math.log10(10 ** 22))
print([math.log10(10 ** k) for k in range(0, 30, 7)])
print(math.log(2 ** 2000) > 1386, math.log10(2 ** 3000) > 903)
