d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
print(d, len(d))
d[2.5] = "x"
d[-0.0] = "zero"
d[0] = "int zero"
print(d)
d[(1, (2, 3))] = "nested tuple"
d[frozenset([1, 2])] = "frozen"
print(d[(1, (2, 3))], d[frozenset([2, 1])])
try:
    d[{1: 2}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d[{1}] = 1
except TypeError as e:
    print("TypeError", e)
print(d.get(10 ** 20, "big missing"))
d[10 ** 20] = "big"
print(d[10 ** 20], d[100000000000000000000])
