a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.difference([1], [2]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 6}), a.isdisjoint(b))
c = set(a)
c |= {9}
c &= {1, 2, 9}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
c.update([4, 5], {6})
print(sorted(c))
c.intersection_update({3, 4, 5, 6, 7})
c.difference_update({5})
c.symmetric_difference_update({6, 7})
print(sorted(c))
