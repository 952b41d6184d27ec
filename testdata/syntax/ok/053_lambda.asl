identity = lambda x: x
const = lambda: 42
add = lambda a, b: a + b
defaults = lambda a, b=2, c=3: a + b + c
star = lambda *args: args
kw = lambda **kwargs: kwargs
kwonly = lambda *, key: key
kwonly_default = lambda *, key=1, other: (key, other)
posonly = lambda a, /, b: a - b
posonly_defaults = lambda a=1, /, b=2, *, c=3: a
everything = lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: (a, args, kwargs)
nested = lambda x: lambda y: lambda z: x + y + z
conditional = lambda x: "pos" if x > 0 else "neg"
cond_lambda = (lambda: 1) if flag else (lambda: 2)
cond_lambda2 = lambda: 1 if flag else lambda: 2
in_call = sorted(items, key=lambda item: (item.priority, -item.age))
yielding = lambda: (yield)
yielding2 = lambda: (yield 1)
trailing = lambda a, b,: a
trailing_kw = lambda *a, **k,: k
immediately = (lambda x, y: x * y)(3, 4)
tuple_body = lambda: (1, 2)
walrus = lambda: (x := 1)
star_in_body = lambda a: [*a]
