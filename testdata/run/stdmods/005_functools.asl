# functools: reduce, partial, cache, lru_cache, wraps.
import functools
from functools import reduce, partial, lru_cache, cache, wraps
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), two_to(10, mod=1000), partial(power, 3, mod=5)(4), square(3, exp=3))
calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(calls))


@cache
def slow_add(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add(3), calls)


@functools.lru_cache
def ident(x):
    return x


print(ident([1]) if False else ident((1, 2)))


def deco(f):
    @wraps(f)
    def wrapper(*args):
        return f(*args) * 2
    return wrapper


@deco
def triple(x):
    "Triples x."
    return 3 * x


print(triple(5), triple.__name__, triple.__doc__, triple.__wrapped__(5))
try:
    fib([1])
except TypeError as e:
    print(e)
