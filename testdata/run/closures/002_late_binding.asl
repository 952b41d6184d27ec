funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
def make():
    out = []
    for i in range(3):
        def f():
            return i * 10
        out.append(f)
    i = 100
    return out
print([f() for f in make()])
def make_fixed():
    def bind(v):
        return lambda: v * 10
    return [bind(i) for i in range(3)]
print([f() for f in make_fixed()])
x = 1
def read_x():
    return x
x = 2
print(read_x())
