a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
x = 100
steps = 0
while x > 1 and steps < 50:
    x = x // 2 if x % 2 == 0 else x * 3 + 1
    steps += 1
print(x, steps)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
