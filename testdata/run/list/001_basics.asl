a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::2])
print([], [[]], [1, [2, [3, []]]], list(), list("abc"), list(range(4)))
print(a + [0], a * 0, [0] * 3, 2 * [1, 2])
print(5 in a, 7 in a, 7 not in a, a.count(1), a.index(5))
print(a == [3, 1, 4, 1, 5, 9, 2, 6], a != a[:], a is a[:], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(min(a), max(a), sum(a), sorted(a), a)
b = a
b.append(100)
print(a is b, a[-1])
c = a.copy()
c.append(200)
print(len(a), len(c))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
print([1, "a", None, 2.5, True, (1,), {"k": [1]}])
