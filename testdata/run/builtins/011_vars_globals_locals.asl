class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z, p.__dict__)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
g = globals()
print(g["__name__"], "f" in g, "P" in g, type(g).__name__)
NEW_GLOBAL = "hello"
print(globals()["NEW_GLOBAL"])
globals()["injected"] = 99
print(injected)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
