# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", [1, 2])))
print(list(product("01", repeat=3)))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))

print(list(permutations("abc")))
print(list(permutations("abcd", 2)))
print(list(permutations([1], 2)), list(permutations([], 0)), list(permutations(range(3), r=None))[:2])

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)), list(combinations("ab", 0)))

print(list(cwr("abc", 2)))
print(list(cwr([1, 2], 3)), list(cwr([], 2)), list(cwr([], 0)), list(cwr("x", 0)))

# The counts match the formulas.
import math
n = 6
for r in range(0, 4):
    print(r, len(list(permutations(range(n), r))) == math.perm(n, r),
          len(list(combinations(range(n), r))) == math.comb(n, r),
          len(list(cwr(range(n), r))) == math.comb(n + r - 1, r))

# Subset sums with combinations.
coins = [1, 2, 5, 10, 20]
for target in [12, 30, 4]:
    hits = [c for k in range(1, len(coins) + 1) for c in combinations(coins, k) if sum(c) == target]
    print(target, hits)

for bad in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], foo=2),
            lambda: permutations(), lambda: permutations([1], -1), lambda: permutations([1], "a"),
            lambda: combinations([1]), lambda: combinations([1], -2), lambda: cwr([1]),
            lambda: cwr([1], -1), lambda: permutations([1], 1, 2), lambda: combinations(5, 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
