handlers = {
    "add": lambda a, b: a + b,
    "neg": lambda a: -a,
    "const": lambda: 0,
    "varargs": lambda *xs, **kw: (xs, kw),
}
sorted_items = sorted(items, key=lambda kv: (-kv[1], kv[0]))
filtered = list(filter(lambda x: x % 2 and x > 3, range(10)))
composed = (lambda f, g: lambda x: f(g(x)))(str, abs)
curried = lambda a: lambda b: lambda c: a * b * c
default_lambda = lambda x, f=lambda y: y * 2: f(x)
in_fstring = f"{(lambda: 'hi')()}"
in_list = [lambda: i for i in range(3)]
in_cond = (lambda: 1) if flag else lambda: 2
immediately = (lambda *a: sum(a))(1, 2, 3)
y_combinator = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_combinator(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))


def apply(fn=lambda: None, *, on_error=lambda e: print(e)):
    try:
        return fn()
    except Exception as e:
        return on_error(e)
