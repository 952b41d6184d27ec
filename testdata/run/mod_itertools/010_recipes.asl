# The itertools documentation's recipes, built from the module's parts.
from itertools import (chain, combinations, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest)
import operator
from functools import partial

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def tabulate(function, start=0):
    return map(function, count(start))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

print(take(3, count(7)), nth(range(10), 4), nth("ab", 5, "none"))
print(quantify([1, 0, 3, 0, 5]), quantify("Hello World", str.isupper))
print(list(flatten([[1, 2], [], [3]])), list(powerset("abc")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(roundrobin("ABC", "D", "EF")))
print(partition(lambda x: x % 2, range(10)))
print(dotproduct([1, 2, 3], [4, 5, 6]), take(4, tabulate(lambda x: x * x, 1)))
print(list(ncycles("ab", 3)), list(sliding_window("abcde", 3)))
print(list(starmap(operator.add, zip_longest([1, 2, 3], [10], fillvalue=0))))
