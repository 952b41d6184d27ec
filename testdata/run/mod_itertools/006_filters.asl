# takewhile, dropwhile, filterfalse, compress and starmap.
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, count

nums = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)))
print(list(takewhile(lambda x: x < 0, nums)), list(dropwhile(lambda x: True, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True] * 3)), list(compress("ab", count())))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 9, 3], "xyz"])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))

lines = ["# comment", "# another", "key = 1", "# inline", "other = 2"]
print(list(dropwhile(lambda l: l.startswith("#"), lines)))
print(list(filterfalse(lambda l: l.startswith("#"), lines)))
print(list(takewhile(lambda l: l.startswith("#"), lines)))

squares = takewhile(lambda n: n < 50, (i * i for i in count(1)))
print(list(squares))

calls = []
def small(x):
    calls.append(x)
    return x < 3
print(list(takewhile(small, [1, 2, 3, 4, 5])), calls)

flags = [x % 3 == 0 for x in range(12)]
print(list(compress(range(12), flags)))

prices = [("apple", 3, 0.5), ("pear", 2, 0.75), ("plum", 10, 0.2)]
print(list(starmap(lambda name, qty, unit: (name, round(qty * unit, 2)), prices)))

for bad in [lambda: takewhile(bool), lambda: dropwhile(bool, 5), lambda: starmap(pow),
            lambda: list(starmap(pow, [1])), lambda: compress([1]), lambda: filterfalse(None),
            lambda: takewhile(1, 2, 3), lambda: next(takewhile(5, [1])), lambda: compress(5, [1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
