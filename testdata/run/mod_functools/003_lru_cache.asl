# lru_cache: hits, misses, eviction order, cache_info and cache_clear.
from functools import lru_cache

calls = []

@lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow_square(n)
print("computed:", calls)
print(slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(slow_square.cache_parameters())
slow_square.cache_clear()
print(slow_square.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info().maxsize)

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1

print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())

@lru_cache()
def untyped(x):
    return type(x).__name__

print(untyped(2), untyped(2.0), untyped.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x

print(neg(1), neg.cache_info())

@lru_cache(maxsize=4)
def kw(a, b=0):
    return a + b

print(kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)
print(fib.__name__, fib.__wrapped__.__name__, callable(fib.__wrapped__))
