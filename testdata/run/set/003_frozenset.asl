f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {4}, f & {1, 5}, f - {1}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), frozenset() == set(), f == {1, 2, 3})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({2}) in nested)
print(sorted(frozenset("bca")), sorted(f.union([9])), f.issubset({1, 2, 3, 4}))
