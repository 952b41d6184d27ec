print(list(map(lambda x: x * 2, range(5))), list(map(lambda a, b: a - b, [5, 6], [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a"])))
def f(x): return x + 1
print(list(map(f, [1, 2])), list(map(str, [1, 2])), list(map(tuple, ["ab", "c"])))
m = map(lambda x: (x, next(m, None)), range(6))
print(list(m))
