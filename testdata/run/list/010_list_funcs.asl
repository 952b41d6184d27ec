a = [4, -2, 7, 0, -9, 3]
print(list(map(abs, a)), list(filter(None, a)), list(filter(lambda x: x > 0, a)))
print(list(reversed(a)), sorted(a, key=abs), max(a, key=abs), min(a, key=abs))
print(sum(a), sum(a, 100), sum([[1], [2, 3]], []), any(a), all(a))
print(list(map(lambda x, y: x * y, a, [1, 2, 3])))
print([x for x in a if x % 2 == 0], [x ** 2 for x in a])
print(len(a), a.index(0), a.count(7), 7 in a)
total = 0
for x in a:
    if x < 0:
        continue
    total += x
print(total)
print(list(range(len(a)))[::-1])
