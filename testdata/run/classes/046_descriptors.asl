# The descriptor protocol: __get__, __set__, __delete__, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x; self.y = y

p = Point(1, 2)
print(p.x, p.y, vars(p))
try:
    p.x = "a"
except TypeError as e: print(e)
del p.x
print(p.x, type(Point.x).__name__)

class Lazy:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.name] = v; return v
class C:
    @Lazy
    def big(self):
        print("computing"); return 42
c = C(); print(c.big, c.big)
class Const:
    def __get__(self, obj, cls): return ("const", obj is None, cls.__name__)
class D:
    k = Const()
print(D.k, D().k)
import functools
class E:
    @functools.cached_property
    def v(self):
        print("once"); return 7
e = E(); print(e.v, e.v)
