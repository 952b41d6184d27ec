# asl's dataclasses module: dataclass, field, fields, asdict, astuple,
# replace, is_dataclass.


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,compare=%r)" % (
            self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.compare)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def fields(obj):
    if not hasattr(obj, "__dataclass_fields__"):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(obj.__dataclass_fields__.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _collect(cls):
    found = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__dataclass_fields__", {}).values():
            found[f.name] = f
    for name, tp in cls.__dict__.get("__annotations__", {}).items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, True)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory" % (type(f.default), name))
        f.name = name
        f.type = tp
        found[name] = f
    return found


def _make_init(cls, flds, frozen):
    params = [f for f in flds if f.init]
    seen_default = False
    for f in params:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % (f.name,))
    qual = cls.__qualname__ + ".__init__"

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            required = len([f for f in params if f.default is MISSING and f.default_factory is MISSING])
            if required == len(params):
                takes = "%d" % (len(params) + 1)
            else:
                takes = "from %d to %d" % (required + 1, len(params) + 1)
            raise TypeError("%s() takes %s positional arguments but %d were given" % (qual, takes, len(args) + 1))
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if not any(f.name == k for f in params):
                raise TypeError("%s() got an unexpected keyword argument %r" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument %r" % (qual, k))
            values[k] = v
        missing = [f.name for f in params if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            names = ["'%s'" % m for m in missing]
            if len(names) == 1:
                listed = names[0]
            else:
                listed = ", ".join(names[:-1]) + " and " + names[-1]
            raise TypeError("%s() missing %d required positional argument%s: %s" % (
                qual, len(missing), "" if len(missing) == 1 else "s", listed))
        for f in flds:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if hasattr(self, "__post_init__"):
            self.__post_init__()

    return __init__


def _key(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds if f.compare)


def _process(cls, init, repr, eq, order, frozen):
    found = _collect(cls)
    cls.__dataclass_fields__ = found
    flds = list(found.values())
    if init:
        cls.__init__ = _make_init(cls, flds, frozen)
    if repr:
        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in flds if f.repr))
        cls.__repr__ = __repr__
    if eq:
        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return _key(self, flds) == _key(other, flds)
        cls.__eq__ = __eq__
    if order:
        def compare(op):
            def method(self, other):
                if other.__class__ is not self.__class__:
                    return NotImplemented
                return op(_key(self, flds), _key(other, flds))
            return method
        cls.__lt__ = compare(lambda a, b: a < b)
        cls.__le__ = compare(lambda a, b: a <= b)
        cls.__gt__ = compare(lambda a, b: a > b)
        cls.__ge__ = compare(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field %r" % (name,))

        def __delattr__(self, name):
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if eq and frozen:
        cls.__hash__ = lambda self: hash(_key(self, flds))
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False):
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(c):
        return _process(c, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def _convert(v, make):
    if is_dataclass(v) and not isinstance(v, type):
        return make(v)
    if isinstance(v, (list, tuple)):
        return type(v)(_convert(x, make) for x in v)
    if isinstance(v, dict):
        return type(v)((_convert(k, make), _convert(x, make)) for k, x in v.items())
    return v


def asdict(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return {f.name: _convert(getattr(obj, f.name), asdict) for f in fields(obj)}


def astuple(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple(_convert(getattr(obj, f.name), astuple) for f in fields(obj))


def replace(obj, **changes):
    values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    for k, v in changes.items():
        values[k] = v
    return obj.__class__(**values)
