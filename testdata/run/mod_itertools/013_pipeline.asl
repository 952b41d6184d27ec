# A lazy data pipeline: nothing is read before it is needed.
from itertools import islice, takewhile, dropwhile, chain, filterfalse, accumulate, count, groupby, tee

events = []

def read_lines():
    lines = ["header", "header2", "10", "x", "20", "", "35", "-5", "end", "99"]
    for i, line in enumerate(lines):
        events.append("read %d" % i)
        yield line

body = dropwhile(lambda l: l.startswith("header"), read_lines())
upto_end = takewhile(lambda l: l != "end", body)
valid = filterfalse(lambda l: not l.lstrip("-").isdigit(), upto_end)
numbers = map(int, valid)
running = accumulate(numbers)
print(events)
print(next(running), events)
print(list(running), events[-1])

stream = chain(range(3), iter([10, 11]), (x * x for x in range(3, 5)))
print(list(islice(stream, 1, None, 2)))

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

print(list(islice(primes(), 15)))
a, b = tee(islice(primes(), 12))
next(b)
gaps = [q - p for p, q in zip(a, b)]
print(gaps, [(g, len(list(grp))) for g, grp in groupby(sorted(gaps))])
