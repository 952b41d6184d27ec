log = []
def source():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
def double(it):
    for x in it:
        log.append(f"double {x}")
        yield x * 2
g = double(source())
print(log)
print(next(g), log)
log.clear()
print(next(g), log)
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(10), 3)), list(chunked([], 2)))
