def sqrt(n):
    x = n if n > 1 else 1.0
    for _ in range(60):
        nx = (x + n / x) / 2
        if nx == x:
            break
        x = nx
    return x
for n in [2, 3, 10, 0.25, 1e10, 12345.678]:
    r = sqrt(n)
    print(n, r, r * r, abs(r * r - n) < 1e-6 * max(n, 1))
def integrate(f, a, b, steps):
    h = (b - a) / steps
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, steps)) + f(b) / 2)
print(integrate(lambda x: x * x, 0, 1, 100))
print(integrate(lambda x: x ** 3, 0, 2, 1000))
