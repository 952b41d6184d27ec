def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


def make_accumulator():
    total = 0

    def add(value):
        nonlocal total
        total += value

        def report():
            return f"total={total}"

        return report
    return add


def memoize(func):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


class Outer:
    def method(self):
        def helper():
            class Local:
                def inner(self):
                    return lambda: self
            return Local()
        return helper()
