a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = {"self": None}
b["self"] = b
print(b)
c = [[], [[]], [[], [[]]]]
print(c, len(c[2][1]))
print(repr([1.0, "s", b"b", None, True, ...]))
print(str(["x"]), repr(["x"]))
