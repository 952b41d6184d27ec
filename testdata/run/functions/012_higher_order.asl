def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, s: a + [s.upper()], "abc", []))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10), curry(lambda x, y: x - y)(10)(3))
def partial(f, *pargs, **pkw):
    def g(*a, **k):
        return f(*pargs, *a, **{**pkw, **k})
    return g
p = partial(print, "prefix:", sep="|")
p("a", "b")
p("c", sep=" ")
