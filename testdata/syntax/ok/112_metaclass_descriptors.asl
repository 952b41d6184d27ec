class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls._fields = [k for k, v in namespace.items() if isinstance(v, Field)]
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        return instance


class Record(metaclass=OrderedMeta):
    id = Field()
    name = Field()

    def __init__(self, **values):
        for key, value in values.items():
            setattr(self, key, value)


r = Record(id=1, name="x")
print(r.id, r.name, Record._fields)
