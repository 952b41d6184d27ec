points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = [10, 20, 30, 40]
print(init, last)
a, *mid, b = [1, 2]
print(a, mid, b)
[p, q], r = [1, 2], 3
print(p, q, r)
xs = [1, 2, 3]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i = 0
xs2 = [0, 0, 0]
i, xs2[i] = 1, 9
print(i, xs2)
print([*xs, *"ab", *range(2)])
