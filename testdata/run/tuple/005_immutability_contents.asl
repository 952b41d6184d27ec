t = ([1, 2], "s")
t[0].append(3)
print(t)
try:
    t += ([4],)
    print(t)
except TypeError as e:
    print("TypeError", e)
u = t
t = t + ("more",)
print(t, u, t is u)
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError", e)
print(t)
x = (1, 2, 3)
print(x[1:2], x[5:], tuple(i * 2 for i in x), sum(x), list(x))
