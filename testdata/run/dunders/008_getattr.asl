class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = []
    def __getattr__(self, name):
        self.hits.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.count(1))
class Dynamic:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.get_foo(), d.get_bar(), hasattr(d, "get_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "missing", "fallback"))
class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
r = Record(a=1, b="two")
print(r.a, r.b, getattr(r, "c", None))
