def f(**kw):
    pass
f(a.b=1)
