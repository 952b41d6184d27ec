g = "module"
def f():
    g = "f-local"
    def h():
        global g
        g = "set by h"
        return g
    h()
    return g
print(f(), g)
counter = 0
def make():
    counter = 100
    def bump():
        nonlocal counter
        counter += 1
        return counter
    def bump_global():
        global counter
        counter += 1
        return counter
    return bump, bump_global
b, bg = make()
print(b(), b(), bg(), bg(), counter)
