d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "c", "z"}), sorted(k | {"q"}), sorted(k - {"a"}))
d["d"] = 4
print(list(k), list(v), list(it))
print(list(zip(d.keys(), d.values())))
print(list(iter(d)), next(iter(d.items())))
v = d.values()
del d["a"]
print(list(v), len(v), list(k))
print(d.keys() == {"b", "c", "d"}, d.items() == {("b", 2), ("c", 3), ("d", 4)})
