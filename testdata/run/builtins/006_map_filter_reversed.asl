m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(str.isdigit, "a1b22c3")), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda p: p[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
