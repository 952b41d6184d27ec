# isclose with its tolerances, and float comparisons in practice
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(1e-12, 0), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(5, 5))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.isclose(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# Newton's method for square roots, stopped with isclose
def newton_sqrt(a):
    x = a / 2 or 1.0
    steps = 0
    while not math.isclose(x * x, a, rel_tol=1e-12):
        x = (x + a / x) / 2
        steps += 1
    return x, steps

for a in [2, 9, 0.25, 1e6]:
    root, steps = newton_sqrt(a)
    print(a, round(root, 10), steps, math.isclose(root, math.sqrt(a)))

# compound interest with floor/ceil/round to cents
principal = 1000.0
for year in range(1, 6):
    principal *= 1.035
    print(year, round(principal, 2), math.floor(principal * 100) / 100, math.ceil(principal * 100) / 100)
