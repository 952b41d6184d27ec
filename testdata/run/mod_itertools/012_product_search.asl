# Brute-force searches with product and permutations.
from itertools import product, permutations, combinations

# SEND + MORE = MONEY with a few letters fixed to keep the search small.
def word_value(word, digits):
    return int("".join(str(digits[c]) for c in word))

letters = "SENDMORY"
fixed = {"M": 1, "S": 9, "O": 0}
free = [c for c in letters if c not in fixed]
pool = [d for d in range(10) if d not in fixed.values()]
found = None
for combo in permutations(pool, len(free)):
    digits = dict(fixed)
    digits.update(zip(free, combo))
    if word_value("SEND", digits) + word_value("MORE", digits) == word_value("MONEY", digits):
        found = digits
        break
print(sorted(found.items()))
print(word_value("SEND", found), "+", word_value("MORE", found), "=", word_value("MONEY", found))

# All 3-bit truth tables of a formula.
def formula(a, b, c):
    return (a and not b) or c

for bits in product([False, True], repeat=3):
    print("".join("1" if x else "0" for x in bits), int(formula(*bits)))

# Grid neighbours with product.
def neighbours(r, c, h, w):
    out = []
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0) and 0 <= r + dr < h and 0 <= c + dc < w:
            out.append((r + dr, c + dc))
    return out

print(neighbours(0, 0, 3, 3), len(neighbours(1, 1, 3, 3)))

# Shortest round trip through four cities.
dist = {("a", "b"): 4, ("a", "c"): 7, ("a", "d"): 3, ("b", "c"): 2, ("b", "d"): 6, ("c", "d"): 5}
def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]

best = min(permutations("bcd"), key=lambda p: d("a", p[0]) + d(p[0], p[1]) + d(p[1], p[2]) + d(p[2], "a"))
print("a" + "".join(best) + "a", d("a", best[0]) + d(best[0], best[1]) + d(best[1], best[2]) + d(best[2], "a"))

# Teams of two with the closest total skill.
skill = {"ann": 7, "bob": 3, "cy": 5, "dee": 6}
pairs = sorted(combinations(sorted(skill), 2), key=lambda p: abs(skill[p[0]] + skill[p[1]] - 10.5))
print(pairs[:3])
