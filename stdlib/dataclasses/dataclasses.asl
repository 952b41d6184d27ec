# asl's dataclasses module: dataclass, field, fields, asdict, astuple,
# replace, is_dataclass, InitVar, KW_ONLY.


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    """InitVar[T]: an __init__ argument passed on to __post_init__."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % name


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KW_ONLY_TYPE()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._initvar = False

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r)") % (
            self.name, self.type, self.default, self.default_factory, self.init, self.repr,
            self.hash, self.compare, self.metadata, self.kw_only)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(obj):
    if not hasattr(obj, "__dataclass_fields__"):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in obj.__dataclass_fields__.values() if not f._initvar)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _collect(cls, kw_only):
    found = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__dataclass_fields__", {}).values():
            found[f.name] = f
    for name, tp in cls.__dict__.get("__annotations__", {}).items():
        if tp is KW_ONLY:
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, None, True, None, MISSING)
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        f._initvar = isinstance(tp, InitVar)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory" % (type(f.default), name))
        f.name = name
        f.type = tp
        found[name] = f
    return found


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _missing_error(qual, missing, kind):
    names = ["'%s'" % m for m in missing]
    if len(names) == 1:
        listed = names[0]
    else:
        listed = ", ".join(names[:-1]) + " and " + names[-1]
    return TypeError("%s() missing %d required %s argument%s: %s" % (
        qual, len(missing), kind, "" if len(missing) == 1 else "s", listed))


def _make_init(cls, flds, frozen):
    params = [f for f in flds if f.init and not f.kw_only]
    kwonly = [f for f in flds if f.init and f.kw_only]
    allowed = set(f.name for f in params + kwonly)
    seen_default = False
    for f in params:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % (f.name,))
    qual = cls.__qualname__ + ".__init__"
    initvars = [f for f in flds if f._initvar]

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            required = len([f for f in params if not _has_default(f)])
            if required == len(params):
                takes = "%d positional argument%s" % (len(params) + 1, "" if not params else "s")
            else:
                takes = "from %d to %d positional arguments" % (required + 1, len(params) + 1)
            given = len(args) + 1
            raise TypeError("%s() takes %s but %d %s given" % (qual, takes, given, "was" if given == 1 else "were"))
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in allowed:
                raise TypeError("%s() got an unexpected keyword argument %r" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument %r" % (qual, k))
            values[k] = v
        missing = [f.name for f in params if f.name not in values and not _has_default(f)]
        if missing:
            raise _missing_error(qual, missing, "positional")
        missing = [f.name for f in kwonly if f.name not in values and not _has_default(f)]
        if missing:
            raise _missing_error(qual, missing, "keyword-only")
        extra = []
        for f in initvars:
            if f.name in values:
                extra.append(values[f.name])
            elif f.default is not MISSING:
                extra.append(f.default)
        for f in flds:
            if f._initvar:
                continue
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
            self.__post_init__(*extra)

    return __init__


def _key(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds if f.compare and not f._initvar)


def _process(cls, init, repr, eq, order, frozen, unsafe_hash, kw_only):
    found = _collect(cls, kw_only)
    cls.__dataclass_fields__ = found
    flds = list(found.values())
    if init:
        cls.__init__ = _make_init(cls, flds, frozen)
    if repr:
        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in flds if f.repr and not f._initvar))
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
    if unsafe_hash and "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None:
        raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
    if (eq and frozen) or unsafe_hash:
        hashed = [f for f in flds if (f.compare if f.hash is None else f.hash) and not f._initvar]
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hashed))
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash, kw_only)
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
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if not f.init and f.name in changes:
            raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
        if f._initvar and f.name not in changes and f.default is MISSING:
            raise ValueError("InitVar %r must be specified with replace()" % f.name)
    values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    for k, v in changes.items():
        values[k] = v
    return obj.__class__(**values)
