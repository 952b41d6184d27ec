class Obj:
    pass
o = Obj()
o.x = 1
o.y = [0, 0]
o.y[1] = 5
o.child = Obj()
o.child.z = "deep"
print(o.x, o.y, o.child.z)
setattr(o, "w", 9)
print(o.w, getattr(o, "x"), sorted(vars(o)))
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
    grid[i][2 - i] += 2
print(grid)
d = {}
d[1, 2] = "tuple key"
d[(3,)] = "single"
print(d)
l = [0] * 6
l[1:3] = [7, 8]
l[-1:] = [9, 9]
print(l)
a = [1, 2, 3]
i = 0
i, a[i] = 2, 99
print(i, a)
