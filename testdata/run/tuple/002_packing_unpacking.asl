def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 8, 1])
print(lo, hi)
a, b, c = "xyz"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print("ValueError", e)
for i, (k, v) in enumerate((("a", 1), ("b", 2))):
    print(i, k, v)
