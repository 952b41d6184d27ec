a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = lst = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = "same"
print(d)
