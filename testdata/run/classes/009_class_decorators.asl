def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
@register
class Other:
    pass
print(User("ann", 30), [User("b", 1)], registry)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("first").url, Db("second").url, Db("x") is Db("y"))
