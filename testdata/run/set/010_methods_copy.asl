a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a is b, a < b)
c = a
c.add(0)
print(a, c is a)
print(sorted(a.union("ab", [9]), key=str))
print(a.isdisjoint(set()), set().issubset(a), set() < a)
print({x % 3 for x in a}, set(map(abs, [-1, 1, -2])))
print(len(a | set()), a == frozenset(a), {frozenset(a): 1}[frozenset({0, 1, 2, 3})])
