with (yield_ctx) as y:
    pass

with (a := make()) as b:
    pass

with (a := make()):
    pass

with (a as b):
    pass

with (a, b as c):
    pass

with (x for x in y) as g:
    pass

with a, (b) as c, (d):
    pass

with (a)(), b[0] as c:
    pass

with (
    a as (x, y),
    b as [z],
):
    pass

with f(
    1,
    2,
) as result, g() as other:
    pass

with (lambda: ctx)() as c:
    pass

with a if cond else b as chosen:
    pass
