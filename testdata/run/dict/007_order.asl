d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 99
print(list(d))
del d["z"]
d["z"] = 0
print(list(d))
print(d.popitem(), list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.items()), dict(sorted(d2.items())))
print({**d2, 1: "A", 4: "d"}, {**{"x": 1}, **{"y": 2}})
