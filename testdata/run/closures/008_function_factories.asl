def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f"pow{exp}"
    return power
fs = [power_factory(e) for e in range(4)]
print([f.__name__ for f in fs], [f(3) for f in fs])
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
h = compose(str, lambda x: x + 1, lambda x: x * 2)
print(repr(h(5)))
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(v):
    print("initializing with", v)
    return v * 2
print(init(1), init(2), init(3))
