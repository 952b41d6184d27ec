print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(3, 20, 4)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(7 in r, 8 in r, r.index(11), r.count(15), r.count(4))
print(r[1:3], r[::-1], list(r[::-1]), r[::2])
print(range(0, 5) == range(5), range(0) == range(2, 2), range(1, 4) == range(1, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
