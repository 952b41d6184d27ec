for start, stop, step in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (0, -1, -1)]:
    r = range(start, stop, step)
    print((start, stop, step), list(r), len(r), r[0] if r else None, r[-1] if r else None)
print(range(10, 0, -2)[1:3], list(range(10, 0, -2)[1:3]))
print(4 in range(10, 0, -2), 5 in range(10, 0, -2))
r = range(20, -21, -7)
print(list(r), len(r), r[2], r[-2], r.index(-1), -15 in r, 6 in r)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(-1, -2, -1)))
print(range(0, -10, -2) == range(0, -9, -2), range(3, 3, -1) == range(0))
for start in range(3, -1, -1):
    print(start, list(range(start, -1, -1)))
