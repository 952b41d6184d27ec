# Functional style: generators (yield, yield from, generator expressions),
# closures with nonlocal, lambdas, list/dict/set comprehensions, map/filter/zip.


def counter(start):
    count = start

    def step(k=1):
        nonlocal count
        count += k
        return count

    return step


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def primes_below(n):
    for k in range(2, n):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            yield k


def chain(*iterables):
    for it in iterables:
        yield from it


def windows(seq, size):
    it = iter(seq)
    win = [next(it) for _ in range(size)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)


def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    squares = map(lambda x: x * x, evens)
    small = filter(lambda x: x % 3 != 1, squares)
    return sum(small)


def run(rounds):
    total = 0
    c = counter(0)
    adders = make_adders(10)
    for r in range(rounds):
        total += pipeline(2_000)
        ps = list(primes_below(300 + r % 50))
        total += sum(chain(ps, range(10), (p * 2 for p in ps[:5])))
        total += sum(a + b + w for a, b, w in windows(ps, 3))
        sq = {p: p * p for p in ps}
        mods = {p % 10 for p in ps}
        total += len(sq) + sum(mods) + len([v for v in sq.values() if v & 1])
        total += sum(f(r) for f in adders)
        total += sum(x * y for x, y in zip(ps, reversed(ps)))
        c(len(ps))
    return total, c(0)


print("closures_generators", run(5_000))
