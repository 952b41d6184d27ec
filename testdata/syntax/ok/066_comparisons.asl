a = x < y
b = x > y
c = x == y
d = x >= y
e = x <= y
f = x != y
g = x is y
h = x is not y
i = x in y
j = x not in y
k = 0 <= index < len(items)
l = a < b <= c > d >= e == f != g
m = a is b is not c in d not in e
n = (a < b) < c
o = a < (b < c)
p = x is None
q = x is not None
r = not x is None
s = key not in mapping and value in allowed
t = 1 < 2 < 3 < 4 < 5 < 6
u = a == (b == c)
