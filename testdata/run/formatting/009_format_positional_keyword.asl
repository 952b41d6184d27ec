print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name}-{0}-{name}".format(7, name="n"), "{a[0]}{a[1]}".format(a="xy"))
p = {"x": 1, "y": [5, 6]}
print("{p[x]} {p[y][1]}".format(p=p), "{0[y]}".format(p))
class Obj:
    attr = "value"
    inner = {"k": "deep"}
print("{o.attr} {o.inner[k]} {o.attr.__class__.__name__}".format(o=Obj()))
print("{:{}}|{:{}{}}|".format("a", 4, "b", "^", 5))
print("{0:>{1}}|{0:<{1}}|".format("z", 3))
print("{!r:>10}|{!s:<5}|".format("q", 12))
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{0:d}".format("s")
except ValueError as e:
    print("ValueError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
try:
    "}".format()
except ValueError as e:
    print("ValueError", e)
