for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, "even" if n % 2 == 0 else "odd")
x = 5
print((x if x > 3 else 0) + 1, [("big" if v > 2 else "small") for v in range(5)])
f = (lambda v: v * 2) if x else (lambda v: v)
print(f(10))
val = None
print(val if val is not None else "fallback", 0 if 0 else "zero is falsy")
def describe(x):
    return "none" if x is None else "empty" if not x else "full"
print([describe(v) for v in (None, [], [0], "", "s")])
print(("a" if True else "b") + ("c" if False else "d"))
