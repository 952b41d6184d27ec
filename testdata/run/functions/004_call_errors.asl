def two(a, b):
    return a + b
tests = [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, c=3), lambda: two(1, 2, a=5),
         lambda: two(), lambda: two(b=1), lambda: len(), lambda: len(1, 2), lambda: (lambda s: s())("x")]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
def kw_only(*, x):
    return x
try:
    kw_only(1)
except TypeError as e:
    print("TypeError", e)
def noargs():
    return 0
try:
    noargs(1)
except TypeError as e:
    print("TypeError", e)
