# chain, chain.from_iterable and islice.
from itertools import chain, islice, count

print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain()), list(chain([])), list(chain.from_iterable(["xy", "z", ""])))
print(list(chain.from_iterable([[1, 2], [3]])), "".join(chain("ab", "cd")))

def lazy_lists():
    for i in range(3):
        print("  making", i)
        yield [i] * i

flat = chain.from_iterable(lazy_lists())
print(next(flat))
print(list(flat))
nested = [[1, [2]], [3], []]
print(list(chain(*nested)))

print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 0)), list(islice(range(10), 3, 3)))
print(list(islice(count(), 5, 20, 5)), list(islice([], 3)))

it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2)), list(islice(it, 2)), next(it))

def pages(items, size):
    it = iter(items)
    while True:
        page = list(islice(it, size))
        if not page:
            return
        yield page

print(list(pages(range(11), 4)))

for bad in [lambda: islice([1]), lambda: islice([1], -1), lambda: islice([1], "a"),
            lambda: islice([1], 0, 5, 0), lambda: islice([1], -1, 5), lambda: islice([1], 1, 2, 3, 4),
            lambda: list(chain(1)), lambda: list(chain.from_iterable([1])), lambda: chain(a=1),
            lambda: islice(5, 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
