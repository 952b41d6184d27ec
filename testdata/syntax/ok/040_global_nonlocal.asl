counter = 0
registry = {}


def increment():
    global counter
    counter += 1
    return counter


def register(name, obj):
    global registry, counter
    registry[name] = obj
    counter = len(registry)


def make_counter():
    count = 0
    total = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count, total
        total += count
        count = 0

    return inc, reset


def outer():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x = 2
        inner()
    middle()
    return x
