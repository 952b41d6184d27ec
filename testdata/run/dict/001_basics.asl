d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, 1 in d, "four" not in d)
d["one"] = 100
print(d)
del d["two"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["two"] = 2
print(d)
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0))
print(dict(zip("abc", range(3))), {1: "int", 1.0: "float", True: "bool"})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
e = {None: 0, (1, 2): "t", 3.5: "f", False: "b", b"x": "bytes"}
print(e, e[None], e[(1, 2)], e[0])
