def gen_bare():
    yield


def gen_value():
    yield 1
    yield 1, 2
    yield (1, 2)
    yield *a, b


def gen_from(it):
    yield from it
    yield from (x * 2 for x in it)
    result = yield from sub()
    return result


def gen_receive():
    x = yield
    y = yield x
    z = yield x, y
    total = (yield) + (yield 1)
    print((yield))
    values = [(yield i), (yield)] if False else []
    data = {"k": (yield)}
    f((yield), (yield 2))
    f(a=(yield))
    await_like = yield from other()
    return x, y, z, total


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def gen_in_expr():
    if (yield):
        pass
    while (yield 3):
        pass
    for x in (yield):
        pass
    return not (yield)


def gen_aug():
    total = 0
    total += yield
    x: int = yield 5
    lst[0] = yield from g()
