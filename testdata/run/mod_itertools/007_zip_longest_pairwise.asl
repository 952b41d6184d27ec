# zip_longest and pairwise.
from itertools import zip_longest, pairwise

print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", [1, 2, 3, 4], fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([1, 2], [])))
print(list(zip_longest("a", "bc", "def", fillvalue=0)))

left = ["alpha", "beta", "gamma", "delta"]
right = ["one", "two"]
for l, r in zip_longest(left, right, fillvalue=""):
    print("%-6s|%s" % (l, r))

def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return list(zip_longest(*args, fillvalue=fill))

print(grouper("ABCDEFG", 3, "x"), grouper([], 2))

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
readings = [10, 12, 9, 15, 15, 20]
print([b - a for a, b in pairwise(readings)])
print(sum(1 for a, b in pairwise(readings) if b > a), "rises")
route = ["home", "shop", "park", "home"]
for a, b in pairwise(route):
    print(a, "->", b)

def gen():
    for i in range(4):
        print("  gen", i)
        yield i

pw = pairwise(gen())
print(next(pw))
print(next(pw))

for bad in [lambda: zip_longest(1), lambda: zip_longest([1], foo=1), lambda: pairwise(),
            lambda: pairwise(1), lambda: pairwise([1], [2])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
