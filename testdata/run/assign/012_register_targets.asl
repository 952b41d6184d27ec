# Assignments whose value is a local read straight from its register.
class Box:
    pass


def attrs():
    b = Box()
    x = 1
    b.v = x
    x = 2
    print(b.v, x)
    d = {}
    k = "key"
    d[k] = k
    print(d)
    # the target rebinds the local only after the value is read
    y = 10
    a = [0, 0, 0]
    a[(y := 1)] = y
    print(a, y)


def unpack():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    t = (3, 4)
    a, b = t
    print(a, b)
    b, a = t
    print(a, b)
    p = (5, 6)
    p, q = p
    print(p, q)
    try:
        a, b = (7, 8, 9)
    except ValueError as e:
        print(e, a, b)
    try:
        a, b = (7,)
    except ValueError as e:
        print(e, a, b)

    def gen():
        yield 1
        raise KeyError("mid")

    try:
        a, b = gen()
    except KeyError as e:
        print("KeyError", e, a, b)


def loops():
    for i in range(3):
        pass
    print(i)
    for j in []:
        pass
    try:
        print(j)
    except UnboundLocalError as e:
        print(e)
    for k in "ab":
        del k
    for m in [1, 2]:
        m = m * 10
    else:
        print("else", m)


def is_tests(x):
    print(x is None, x is not None, x is True, x is ..., x is not False)
    if x is None:
        return "none"
    if x is not True:
        return "not true"
    return "true"


def unbound():
    try:
        o = Box()
        o.a = z
    except UnboundLocalError as e:
        print(e)
    z = 1


attrs()
unpack()
loops()
for v in (None, True, False, ..., 0):
    print(is_tests(v))
unbound()
