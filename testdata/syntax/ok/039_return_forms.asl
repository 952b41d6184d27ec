def bare():
    return


def none():
    return None


def single():
    return 1


def tup():
    return 1, 2


def paren_tup():
    return (1, 2)


def starred(a, b):
    return *a, b


def starred2(a, b):
    return *a, *b


def trailing():
    return 1,


def expr(x):
    return x if x else -x


def walrus(x):
    return (y := x + 1)


def lam():
    return lambda: 0


def nothing():
    if True:
        return
    return not None
