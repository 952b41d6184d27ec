# Numeric work with math, itertools, functools and operator.
import math
import operator
from functools import reduce, lru_cache
from itertools import product, combinations, permutations, starmap


def matmul(a, b):
    return [[sum(starmap(operator.mul, zip(row, col))) for col in zip(*b)] for row in a]


A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), matmul(B, A))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, reduce(operator.add, map(sum, identity)))
points = [(0, 0), (3, 4), (6, 8), (1, 1)]
dists = {(p, q): math.dist(p, q) for p, q in combinations(points, 2)}
far = max(dists, key=dists.get)
print(far, dists[far], round(sum(dists.values()), 4))
print(math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10))
print([math.comb(5, k) for k in range(6)], math.perm(4, 2), math.factorial(10))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 15)])
print(partitions.cache_info().hits > 0)
grid = list(product(range(3), repeat=2))
print(len(grid), grid[:4], sum(1 for x, y in grid if x == y))
print(sorted("".join(p) for p in permutations("abc"))[:4])
angles = [0, 30, 45, 60, 90]
print([round(math.sin(math.radians(a)), 4) for a in angles])
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10 ** 12 + 1))
