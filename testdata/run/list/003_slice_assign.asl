a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[:0] = [-1]; print(a)
a[len(a):] = [10, 11]; print(a)
a[1:3] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
a[::-3] = "XYZW"[:len(a[::-3])]; print(a)
del a[::2]; print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = range(3); print(b)
b[:] = "xyz"; print(b)
try:
    c = [1, 2, 3, 4]
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
d = [1, 2, 3]
d[5:] = [4]; print(d)
d[-10:1] = [0]; print(d)
