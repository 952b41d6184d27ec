total = 0.0
for i in range(1, 11):
    total += 1 / i
    print(i, total)
acc = 1.0
for i in range(10):
    acc *= 1.1
print(acc)
x = 1.0
steps = 0
while x != 0.0:
    x /= 2
    steps += 1
print(steps)
vals = [i * 0.1 for i in range(11)]
print(vals)
