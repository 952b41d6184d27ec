def outer():
    def inner(x=(yield)):
        return x

    class Local:
        attr = None

    value = yield inner
    data = [(yield), (yield 1)]
    mapping = {(yield): (yield)}
    s = {(yield)}
    t = (yield), (yield)
    call(*(yield), **(yield))
    obj.attr = yield
    obj[(yield)] = yield
    cond = (yield) if (yield) else (yield)
    f"{(yield)}"
    yield (yield (yield))
    await_like = yield from (yield)
    return (yield)


def only_yield_from():
    yield from range(3)
    yield from [1, 2, 3][::-1]
    yield from {"a": 1}
    yield from f()
    yield from (yield)
