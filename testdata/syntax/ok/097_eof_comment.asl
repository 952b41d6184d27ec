def f():
    return 1


class C:
    x = f()

# trailing comment without newline