# One-argument calls of globals with a local argument, and slices x[a:b].
def double(x):
    return 2 * x


def gen(n):
    yield from range(n)


class Box:
    def __init__(self, v):
        self.v = v


def use(v):
    out = [double(v), len(v) if isinstance(v, list) else abs(v)]
    return out


def calls(items):
    n = len(items)
    r = str(n)
    g = gen(n)
    b = Box(items)
    return n, r, list(g), b.v is items, use(items), use(n)


print(calls([1, 2, 3]))


def rebinding(x):
    global double
    old = double
    double = lambda y: "new"
    try:
        return double(x)
    finally:
        double = old


print(rebinding(4), double(4))


def missing(x):
    return nowhere(x)


try:
    missing(1)
except NameError as e:
    print(e)
len = lambda x: "shadow"


def shadowed(x):
    return len(x)


print(shadowed([1]))
del len


def unbound_arg():
    try:
        print(abs(q))
    except UnboundLocalError as e:
        print(e)
    q = 1


unbound_arg()


def slices(a, i, j):
    return a[i:j], a[:j], a[i:], a[:], a[-2:], a[:-1], a[i:j:1], a[j:i]


print(slices([0, 1, 2, 3, 4], 1, 3))
print(slices("hello", 1, 3))
print(slices((5, 6, 7), 0, 2))
print(slices(b"bytes", 2, 4))


def bad_slice(a, i):
    try:
        return a[i:]
    except TypeError as e:
        return str(e)


print(bad_slice([1, 2], "x"), bad_slice({1: 2}, 0))
