a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = (5, 6)
x, y = y[::-1], x
print(x, y)
def rotate(t, n):
    n %= len(t)
    return t[n:] + t[:n]
for n in range(-2, 5):
    print(n, rotate((1, 2, 3, 4), n))
fib = (0, 1)
for _ in range(10):
    fib = fib[1], fib[0] + fib[1]
print(fib)
