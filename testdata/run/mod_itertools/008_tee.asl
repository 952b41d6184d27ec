# tee: independent iterators over one source.
from itertools import tee, count, islice

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee(range(5))))

reads = []
def source():
    for i in range(5):
        reads.append(i)
        yield i

p, q = tee(source())
print(next(p), reads)
print(list(p), reads)
print(list(q), reads)

def with_next(items):
    cur, nxt = tee(items)
    next(nxt, None)
    return list(zip(cur, nxt))

print(with_next([1, 2, 3, 4]))

evens, odds = tee(count())
evens = (n for n in evens if n % 2 == 0)
odds = (n for n in odds if n % 2)
print(list(islice(evens, 4)), list(islice(odds, 4)))

big1, big2 = tee(range(2000))
print(sum(big1), sum(1 for _ in big2))
l, r = tee(range(10))
print([next(l) for _ in range(3)], [next(r) for _ in range(6)], list(l), list(r))

for bad in [lambda: tee(), lambda: tee([1], -1), lambda: tee(5), lambda: tee([1], "a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
