# count, cycle and repeat: the infinite iterators, their reprs and limits.
from itertools import count, cycle, repeat, islice

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(2, 3), count(0.5, 0.25), count(step=-1), count(1, 1.0), count(10, True))
print(list(islice(count(10, -3), 5)), list(islice(count(1.5), 3)))
print(list(zip(count(1), "abc")))

r = repeat("a", 3)
print(r, next(r), r, list(r), r)
print(repeat([1, 2]), repeat(None, 0), list(repeat(7, -2)), repeat("x", times=2))
print(list(map(pow, range(6), repeat(2))))
print(list(zip(repeat("k"), [1, 2, 3])))

cy = cycle("ab")
print([next(cy) for _ in range(5)], list(cycle([])))
print(list(islice(cycle([1, 2, 3]), 8)))
colors = cycle(["red", "green"])
print({item: next(colors) for item in ["x", "y", "z"]})

def gen():
    print("  gen start")
    yield 1
    yield 2

g = cycle(gen())
print(next(g), next(g), next(g), next(g))

for bad in [lambda: count("a"), lambda: count(1, "b"), lambda: repeat(), lambda: repeat(1, "x"),
            lambda: cycle(), lambda: cycle(5), lambda: count(1, 2, 3), lambda: repeat(1, 2, 3),
            lambda: count(start=1, stop=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
