for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(r))
print([i * i for i in range(-3, 4)], list(reversed(range(4))), list(enumerate(range(10, 13))))
print(list(zip(range(3), range(10, 20))), list(map(str, range(3))))
print(range(3)[1], range(10)[-2], range(2, 20, 5)[::-1])
for i in range(2, 0):
    print("never")
else:
    print("empty range loop ended")
