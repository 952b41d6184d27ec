# Metaclasses: class creation through the metaclass, class-level dunders,
# keywords of the class statement, type() with three arguments.
class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Registry.classes[name] = cls
        cls.options = kw

    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return hasattr(cls, key)

    def __repr__(cls):
        return f"<registered {cls.__name__}>"

    @property
    def size(cls):
        return len(cls)

    def describe(cls):
        return f"{cls.__name__} with {list(cls)}"


class Plugin(metaclass=Registry, kind="base"):
    alpha = 1
    beta = 2


class Child(Plugin, kind="child"):
    gamma = 3


print(Plugin, Child, type(Plugin), type(Child).__name__)
print(sorted(Registry.classes), Plugin.options, Child.options)
print(list(Plugin), len(Child), Child["gamma"], "alpha" in Child, "zeta" in Child)
print(Plugin.size, Child.describe(), Child.created_by)
print(isinstance(Child, Registry), isinstance(Child, type), issubclass(Registry, type))
print(repr(Child()).startswith("<__main__.Child object"))


class Counted(type):
    def __call__(cls, *args, **kw):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kw)


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = Point(3, y=4)
print(Point.instances, p.x, q.y)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kw):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kw)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made once")


print(Config() is Config())

Dyn = type("Dyn", (Point,), {"z": 0, "norm": lambda self: self.x + self.y})
d = Dyn(2, 5)
print(type(Dyn).__name__, Dyn.__name__, Dyn.__bases__[0].__name__, d.norm(), Point.instances)
Made = Registry("Made", (), {"delta": 4})
print(Made, list(Made), Made.created_by)


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Generic[int])


class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix


class Leaf(Base, prefix="leaf-"):
    pass


print(Leaf.prefix)
try:
    class Bad(Base, nope=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(metaclass=42):
        pass
except TypeError as e:
    print("TypeError:", e)
