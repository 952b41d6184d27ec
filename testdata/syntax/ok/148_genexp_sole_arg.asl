total = sum(x for x in range(10))
biggest = max(len(w) for w in words)
joined = ", ".join(str(n) for n in numbers if n)
mapping = dict((k, v) for k, v in pairs)
frozen = frozenset(c for c in text)
found = any(p.match(s) for p in patterns for s in strings)
first = next(x for x in items if x > 3)
obj.method(i * i for i in range(5))
obj.a.b(x for x in y)(z for z in w)
result = f(x for x in [1, 2, 3])[0]
with_walrus = all((y := x) > 0 for x in values)
nested = list(list(y for y in x) for x in rows)
tupled = tuple(x for x, in singles)
sorted_gen = sorted((x for x in data), key=abs)


@register(name for name in ("a", "b"))
def decorated():
    pass


class Meta(base(x for x in bases)):
    pass


async def agen_arg(src):
    return await consume(x async for x in src)
