# dict subclasses
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

d = DefaultDict(list, {"x": [0]}, y=[9])
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), sorted(d), "a" in d, "z" in d, d.get("z"), d.get("a"))
print(type(d).__name__, isinstance(d, dict), d.factory is list)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v, end=" ")
print()
print(d == {"x": [0], "y": [9], "a": [1, 2], "b": []}, dict(d), type(dict(d)).__name__)
print({**d, "c": 3})
print(d.pop("x"), d.setdefault("q", 5), d)
del d["q"]
d.update(z=1)
print(d, d.copy(), type(d.copy()).__name__)
d |= {"w": 2}
print(type(d).__name__, d)
print(d | {"v": 0}, type(d | {"v": 0}).__name__)

class Counter(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def total(self):
        return sum(self.values())
c = Counter()
for ch in "abca":
    c[ch] += 1
print(c, c["zz"], c.total(), len(c))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, hasattr(ad, "zz"), ad.keys())
def f(**kw):
    return kw
print(f(**ad))

try:
    hash(d)
except TypeError as e:
    print("TypeError", e)

class Registry(dict):
    pass
r = Registry([("a", 1)])
r["b"] = 2
print(r, repr(r), str(r), r["a"], r.get("b"))
try:
    r["nope"]
except KeyError as e:
    print("KeyError", e)
print(bool(Registry()), bool(r))
