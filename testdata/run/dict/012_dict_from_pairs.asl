pairs = [("a", 1), ("b", 2), ("a", 3)]
print(dict(pairs))
print(dict(enumerate("xyz")), dict(map(lambda s: (s, len(s)), ["hi", "hello"])))
print(dict(a=1, **{"b": 2}), dict([[1, 2], "ab"]))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
d = {k: v for k, v in zip("abcd", range(4)) if v % 2}
print(d)
print({(x, y): x + y for x, y in [(1, 2), (3, 4)]})
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
