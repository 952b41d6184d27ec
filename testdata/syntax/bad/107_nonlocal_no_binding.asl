def f():
    def g():
        nonlocal x
        x = 2
    return g
