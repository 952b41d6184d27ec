for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
count = 0
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    j = 0
    while True:
        j += 1
        if j >= i:
            break
        count += 1
print(count)
