def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def echo_inner():
    while True:
        v = yield
        if v is None:
            return "bye"
        print("inner got", v)
def delegator():
    res = yield from echo_inner()
    print("delegator got", res)
    yield "after"
d = delegator()
next(d)
d.send("x")
d.send("y")
print(d.send(None))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for c in range(n):
        yield from tree(c, depth + 1)
print("\n".join(tree(3)))
