t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
e = 1, 2
print(e, type(e).__name__)
print(t + (4,), t * 2, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
print(2 in t, t.count(2), t.index(3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError", e)
print(((1, 2), (3, (4, 5))), (None,), ("a",) * 3)
