# deque: both ends, rotation, indexing, search and the errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.extend([5, 6])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.rotate(len(d))
print("full turn:", d)
print(d.index(3), d.index(3, 2), d.count(2), 4 in d, 99 in d)
d.insert(1, "ins")
d.remove("a")
print(d)
d[0] = "first"
del d[1]
print(d, d[-2])
d.reverse()
print(d, list(reversed(d)))
c = d.copy()
c.clear()
print(c, d, bool(c), bool(d))

for action in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])[-2],
    lambda: deque([1]).index(7),
    lambda: deque([1]).remove(7),
    lambda: deque([1])["x"],
]:
    try:
        action()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Comparison, concatenation, repetition.
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque("ab") + deque("cd"), deque([0]) * 3, 2 * deque([7]))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
try:
    deque([1]) + [2]
except TypeError as err:
    print("TypeError", err)
try:
    hash(deque())
except TypeError as err:
    print("TypeError", err)
print(deque(), deque(range(3)), deque("xyz"))
