s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4); s.add(1)
print(s)
s.discard(2); s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(5)))
print({1, 2} == {2, 1}, {1} != {1, 2}, bool(set()), len(set("hello")))
p = s.pop()
print(p in (1, 4), len(s))
s.clear()
print(s, type(s).__name__, repr(set()))
