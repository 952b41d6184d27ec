# wraps and update_wrapper: metadata copied to decorators' wrappers.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        result = func(*args, **kwargs)
        print("called %s%r -> %r" % (func.__name__, args, result))
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(10, 20), add.__wrapped__.__name__)

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain
def mul(a, b):
    """Multiply."""
    return a * b

print(mul.__name__, mul.__doc__, hasattr(mul, "__wrapped__"))

def tagged(func):
    func.tag = "important"
    return func

@logged
@tagged
def shout(s):
    return s.upper()

print(shout("hi"), shout.tag, shout.__name__)

def manual(func):
    def inner():
        return func() * 2
    return functools.update_wrapper(inner, func)

@manual
def seven():
    """Seven."""
    return 7

print(seven(), seven.__name__, seven.__doc__, seven.__wrapped__())

def only_name(func):
    def inner():
        return func()
    functools.update_wrapper(inner, func, assigned=("__name__",), updated=())
    return inner

@only_name
def documented():
    """docs"""
    return 1

print(documented.__name__, documented.__doc__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)

class Outer:
    def __repr__(self):
        return "Outer()"

    @logged
    def method(self, x):
        """A method."""
        return x * 3

print(Outer().method(4), Outer.method.__qualname__, Outer.method.__doc__)

def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def run(*a):
            return [func(*a) for _ in range(times)]
        return run
    return deco

@repeat(3)
def ping(x):
    """Ping."""
    return "ping %s" % x

print(ping("a"), ping.__name__, ping.__doc__)
