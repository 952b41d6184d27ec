for i, c in enumerate("héllo", 2**63 - 2):
    print(i, c)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
try:
    for k, v in d.items():
        d["z"] = 0
except RuntimeError as e:
    print(e)
class O: pass
o = O()
for o.a, o.b in enumerate([5, 6]):
    print(o.a, o.b)
e = enumerate(["x", "y"])
print(next(e), list(e))
for t in enumerate("ab"):
    print(t)
for a, (b, c) in enumerate([(1, 2), (3, 4)]):
    print(a, b, c)
try:
    for a, b in {1: 2}.keys():
        pass
except TypeError as ex:
    print(ex)
print([(i, x) for i, x in enumerate("abc") if i != 1], {k: v for k, v in d.items()})
print(sum(i * x for i, x in enumerate(range(10))))
def g():
    for i, x in enumerate(range(3)):
        yield i + x
print(list(g()))
