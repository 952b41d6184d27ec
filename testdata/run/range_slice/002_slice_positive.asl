s = "0123456789"
l = list(range(10))
for sl in [(None, None, None), (2, None, None), (None, 3, None), (2, 7, None), (1, 9, 2), (None, None, 3),
           (0, 100, None), (50, None, None), (3, 3, None), (7, 3, None)]:
    a, b, c = sl
    print(sl, s[a:b:c], l[a:b:c])
t = tuple(l)
print(t[2:8:3], t[::4], t[-3:], t[:-3])
print(s[3:][2:][1:], s[::2][::2], s[1::2][::-1])
print(len(s[2:7]), len(l[::3]), len(t[10:]))
print(s[0:len(s):1] == s, l[:] is l, l[:] == l)
