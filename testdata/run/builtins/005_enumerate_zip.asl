print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
z = zip(range(3), "xyz")
print(type(z).__name__, next(z), list(z))
names, ages = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(names, ages)
print(dict(zip(range(3), map(str, range(3)))))
print(list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
