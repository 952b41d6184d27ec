a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, a == c, a[1] is c[1])
def deep(x):
    return [deep(i) for i in x] if isinstance(x, list) else x
f = deep(a)
a[1].append(-1)
print(a, f)
x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is not y)
