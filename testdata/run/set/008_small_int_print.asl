# sets of small non-negative ints print in a deterministic order
print({5, 3, 1}, {0}, {7, 6, 5, 4, 3, 2, 1, 0})
a = set()
for i in [4, 2, 6, 0]:
    a.add(i)
    print(a)
print({1, 2, 3} - {2}, {1, 2} | {3}, {3, 1} & {1, 2, 3})
print(set([3, 3, 2]), frozenset([2, 0]))
print(set(range(3)) == {0, 1, 2}, {True, 1, 1.0})
b = {0, 1, 2, 3}
b.discard(1)
b.remove(2)
print(b, b | {1}, b - {0})
