# A page cache simulation: lru_cache against a hand-written LRU, same answers.
from functools import lru_cache
from collections import OrderedDict

DISK = {n: "page-%d:%s" % (n, "x" * (n % 5)) for n in range(20)}
reads = []

@lru_cache(maxsize=4)
def read_page(n):
    reads.append(n)
    return DISK[n]

class ManualLRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, n):
        if n in self.data:
            self.hits += 1
            self.data.move_to_end(n)
            return self.data[n]
        self.misses += 1
        value = DISK[n]
        self.data[n] = value
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return value

manual = ManualLRU(4)
pattern = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1, 2]
for n in pattern:
    a = read_page(n)
    b = manual.get(n)
    assert a == b
info = read_page.cache_info()
print("disk reads:", reads)
print(info)
print("manual:", manual.hits, manual.misses, list(manual.data))
print("same stats:", (info.hits, info.misses) == (manual.hits, manual.misses))
print("hit rate: %.1f%%" % (100.0 * info.hits / (info.hits + info.misses)))

read_page.cache_clear()
reads.clear()
for n in [9, 9, 9]:
    read_page(n)
print(reads, read_page.cache_info())

@lru_cache(maxsize=128)
def route(src, dst):
    if src == dst:
        return (src,)
    step = src + 1 if src < dst else src - 1
    return (src,) + route(step, dst)

print(route(0, 6), route(3, 0))
print(route.cache_info())
print(route(0, 6) is route(0, 6))
