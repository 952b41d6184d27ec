d = {"a": [1, 2], "b": [3, 4]}
for k, (first, second) in d.items():
    print(k, first, second)
class C:
    pass
c = C()
for c.attr in range(3):
    pass
print(c.attr)
l = [0, 0, 0]
for i, l[i] in enumerate("xyz"):
    pass
print(l)
dd = {}
for dd["k"] in [1, 2, 3]:
    pass
print(dd)
for a, *b in ["abc", "de"]:
    print(a, b)
