for i in range(10):
    if i == 5:
        break
else:
    print("no break")

for key, value in mapping.items():
    print(key, value)

for (a, b), c in pairs:
    pass

for first, *rest in rows:
    print(first, rest)

for *init, last in rows:
    pass

for [x, y] in points:
    pass

for obj.attr in values:
    pass

for items[0] in values:
    pass

for i, in singles:
    pass

for x in 1, 2, 3:
    continue

for x in *a, *b:
    pass

for n in range(3):
    for m in range(3):
        if n == m:
            continue
        print(n, m)
    else:
        pass
else:
    pass
