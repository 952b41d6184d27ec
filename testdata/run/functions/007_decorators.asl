def shout(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("ann"))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
calls = []
def log(fn):
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
@log
@shout
def bye(n):
    return "bye " + n
print(bye("bob"), calls, bye.__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return "a"
@register
def beta(): return "b"
print(sorted(registry), registry["beta"]())
def counted(fn):
    def wrapper(*a):
        wrapper.count += 1
        return fn(*a)
    wrapper.count = 0
    return wrapper
@counted
def noop(): pass
noop(); noop(); noop()
print(noop.count)
