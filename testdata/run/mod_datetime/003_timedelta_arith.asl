from datetime import timedelta

a = timedelta(days=1, hours=2)
b = timedelta(hours=3, minutes=30)
print(a + b, a - b, b - a, repr(b - a))
print(-a, +a, abs(-a), abs(a), repr(-timedelta(microseconds=1)))
print(a * 2, 2 * a, a * -1, a * 0, repr(a * 0))
print(a * 0.5, 0.25 * a, a * 1.1, timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5)
print(a / 2, a / 3, a / 0.5, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2)
print(a / b, b / a, a / timedelta(hours=1))
print(a // 7, a // b, b // a, timedelta(microseconds=-1) // 2)
print(a % b, repr(b % a), divmod(a, b), divmod(-a, b))
print(timedelta(hours=-7) % timedelta(hours=5), timedelta(hours=-7) // timedelta(hours=5))
print(sum([timedelta(hours=h) for h in range(10)], timedelta()))
print(sorted([b, a, -a, timedelta(0)]))
print(max(a, b), min(a, b), a > b, a >= b, a < b, a <= b, a == b, a != b)
tests = [
    lambda: a / 0, lambda: a // 0, lambda: a / timedelta(0), lambda: a // timedelta(0),
    lambda: a % timedelta(0), lambda: a / 0.0, lambda: a + 1, lambda: 1 + a, lambda: a - 1.5,
    lambda: "x" - a, lambda: a < 1, lambda: a >= "x", lambda: a * None, lambda: a * "ab",
    lambda: "ab" * a, lambda: divmod(a, 2), lambda: timedelta.max + timedelta(microseconds=1),
    lambda: -timedelta.max, lambda: timedelta.min - timedelta(1), lambda: timedelta.max * 2,
]
for t in tests:
    try:
        print(repr(t()))
    except (TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
x = timedelta(minutes=1)
x += timedelta(seconds=30)
x *= 3
x -= timedelta(seconds=10)
x //= 2
print(x, repr(x))
