# deque with maxlen: a bounded window that drops from the other end.
from collections import deque

window = deque(maxlen=3)
print(window, window.maxlen)
for i in range(6):
    window.append(i)
    print(i, list(window))
window.appendleft(-1)
print(window)
window.extend([10, 11])
print(window)
window.extendleft([20, 21])
print(window)

try:
    window.insert(0, 99)
except IndexError as e:
    print("IndexError", e)
try:
    window.maxlen = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    deque([], -1)
except ValueError as e:
    print("ValueError", e)
try:
    deque([], "3")
except TypeError as e:
    print("TypeError", e)

zero = deque([1, 2, 3], maxlen=0)
zero.append(4)
print(zero, len(zero))

print(deque("abcdef", 2), deque(range(10), maxlen=4).copy())
print(deque([1, 2], maxlen=5) + deque([3]))


def moving_average(values, n):
    win = deque(maxlen=n)
    out = []
    total = 0
    for v in values:
        if len(win) == n:
            total -= win[0]
        win.append(v)
        total += v
        out.append(round(total / len(win), 2))
    return out


print(moving_average([10, 20, 30, 40, 50, 60], 3))


def tail(lines, n):
    return list(deque(lines, maxlen=n))


print(tail(["l%d" % i for i in range(10)], 3), tail([], 2))
