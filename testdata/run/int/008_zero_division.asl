cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
         lambda: 10**30 // 0, lambda: 1.0 / 0, lambda: 1 % 0.0, lambda: 1.5 // 0.0]
for i, c in enumerate(cases):
    try:
        print(c())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
        print(isinstance(e, ArithmeticError))
def safe(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print(safe(1, 0), safe(-1, 0), safe(0, 0), safe(6, 3))
