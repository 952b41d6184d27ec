def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
decorators = [tag("b"), tag("i")]
@decorators[0]
def bold(s):
    return s
@decorators[1]
@decorators[0]
def both(s):
    return s
print(bold("x"), both("y"))
class Registry:
    def __init__(self):
        self.funcs = {}
    def add(self, fn):
        self.funcs[fn.__name__] = fn
        return fn
reg = Registry()
@reg.add
def first():
    return 1
@reg.add
def second():
    return 2
print(sorted(reg.funcs), reg.funcs["second"]())
@(lambda fn: lambda *a: fn(*a) * 10)
def ten_times(x):
    return x
print(ten_times(4))
table = {"upper": lambda fn: (lambda s: fn(s).upper())}
@table["upper"]
def greet(name):
    return "hello " + name
print(greet("ann"))
@tag("p") if True else None
def para():
    return "text"
print(para())
def deco_with_state(fn):
    fn.calls = 0
    return fn
@deco_with_state
def plain():
    return "plain"
print(plain(), plain.calls)
