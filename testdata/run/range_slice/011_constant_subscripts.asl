d = {"a": 1, 2: "x", 1.5: "f", (1, 2): "t"}
d["a"] += 5; d["b"] = 3; d[2] += "y"
print(d["a"], d[2], d[1.5], d[(1, 2)], d)
l = [1, 2, 3]
l[0] += 10; l[-1] = 9; print(l[0], l[-1], l[1], l)
s = "hello"; print(s[0], s[-1], s[4])
try: l[5]
except IndexError as e: print(e)
try: d["zz"]
except KeyError as e: print(repr(e))
try: l["a"]
except TypeError as e: print(e)
t = (1, 2); print(t[0], t[1])
del d["a"]; print(d)
class C:
    def __getitem__(self, k): return ("get", k)
    def __setitem__(self, k, v): print("set", k, v)
c = C(); print(c[0], c["k"], c[1.5]); c[0] = 1; c["x"] = 2
