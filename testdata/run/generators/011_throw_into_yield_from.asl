def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except KeyError as e:
        print("inner handled", e)
        yield "inner-recovered"
    return "inner-return"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-final"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
g2 = outer()
next(g2)
g2.close()
print("closed through delegation")
def gen_raises():
    yield 1
    raise ValueError("from generator body")
try:
    for v in gen_raises():
        print("value", v)
except ValueError as e:
    print("ValueError", e)
