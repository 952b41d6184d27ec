def gen():
    yield 1
    yield 2
g = gen()
print(next(g), next(g), next(g, "end"))
print(list(zip(gen(), gen())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
first = [next(f) for _ in range(10)]
more = [next(f) for _ in range(5)]
print(first, more)
def stateful():
    x = 0
    while True:
        cmd = yield x
        if cmd == "inc":
            x += 1
        elif cmd == "double":
            x *= 2
        elif cmd == "reset":
            x = 0
s = stateful()
next(s)
print([s.send(c) for c in ["inc", "inc", "double", "inc", "reset", "inc"]])
it = iter(gen())
print(iter(it) is it, next(it))
