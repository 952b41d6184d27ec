f()
f(1)
f(1, 2)
f(a=1)
f(1, b=2)
f(1, 2, c=3, d=4)
f(x for x in y)
f((x for x in y))
f((x for x in y), 1)
sum(x * x for x in range(10))
any(item.ok for item in items if item)
f(
    1,
    2,
)
f(a,)
f(*a,)
f(**k,)
f(a=1,)
f(
    positional,
    *args,
    keyword=value,
    **kwargs,
)
print("x", end="", file=sys.stderr, flush=True)
dict(a=1, **{'b': 2})
getattr(obj, "name", None)()
max(key=len, *lists)
f(lambda: 1, lambda x, y: x)
f(x if y else z, a or b)
f(not x)
f(match=1, case=2, type=3)
