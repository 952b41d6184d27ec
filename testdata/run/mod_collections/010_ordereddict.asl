# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.values()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == dict(y), x != y)
print(OrderedDict(), OrderedDict([("k", [1])]), OrderedDict.fromkeys("xyz", 0))
print(x | {"c": 3}, type(x | {"c": 3}).__name__)
z = x.copy()
z["d"] = 4
print(z, x, list(reversed(z)))
print(x.setdefault("a", 100), x.setdefault("n", 0), x)
print(x.pop("n"), x)
del x["a"]
print(x, isinstance(x, dict))


class LRU:
    """A least-recently-used cache on OrderedDict."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.get("c"), list(cache.data))
