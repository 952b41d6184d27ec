# asl's functools module, in asl over the private Go module _functools
# (reduce).

from _functools import reduce
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr)
        for key, value in getattr(wrapped, attr, {}).items():
            target[key] = value
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        name = type(self).__name__
        if type(self) is partial:
            name = "functools.partial"
        return "%s(%s)" % (name, ", ".join(parts))


class KeyWrapper:
    # What cmp_to_key returns: calling it wraps an object whose
    # comparisons call the comparison function, as CPython's C type.
    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __lt__(self, other):
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, other.obj) != 0

    def __le__(self, other):
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, other.obj) >= 0


def cmp_to_key(mycmp):
    return KeyWrapper(mycmp)


# total_ordering derives the three missing comparisons from a root one.
# _ROOT_FILL[root] lists (name, from, negate, combine): the derived
# operator is `root(a, b)`, negated when negate, then combined with
# a == b ("or") or a != b ("and") when combine says so.
_ROOT_FILL = {
    "__lt__": [("__gt__", True, "and"), ("__le__", False, "or"), ("__ge__", True, None)],
    "__le__": [("__ge__", True, "or"), ("__lt__", False, "and"), ("__gt__", True, None)],
    "__gt__": [("__lt__", True, "and"), ("__ge__", False, "or"), ("__le__", True, None)],
    "__ge__": [("__le__", True, "or"), ("__gt__", False, "and"), ("__lt__", True, None)],
}


def _derived(root, name, negate, combine):
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if combine == "or":
            return r or self == other
        if combine == "and":
            return r and self != other
        return r
    op.__name__ = name
    op.__qualname__ = "_%s_from_%s" % (name[2:4], root[2:4])
    return op


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in vars(klass):
            return True
    return False


def total_ordering(cls):
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if _defines(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, negate, combine in _ROOT_FILL[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, name, negate, combine))
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module="functools")


def _make_key(args, kwds, typed):
    # As CPython's: one int or str argument is its own key, so f(1) and
    # f(1.0) are cached apart even when not typed.
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


class _KwdMark:
    def __repr__(self):
        return "<kwd_mark>"


_KWD_MARK = _KwdMark()


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                result = cache.pop(key)
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_wrapper(user_function, None, False)


def cached_property(func):
    # A property whose getter keeps its value in the instance's __dict__
    # (asl has no __get__ for a class of its own); assigning or deleting
    # the attribute sets or drops the cached value, as in CPython.
    name = func.__name__

    def get(obj):
        d = obj.__dict__
        if name in d:
            return d[name]
        value = func(obj)
        d[name] = value
        return value

    def set(obj, value):
        obj.__dict__[name] = value

    def delete(obj):
        d = obj.__dict__
        if name not in d:
            raise AttributeError(name)
        del d[name]

    return property(get, set, delete, func.__doc__)


def singledispatch(func):
    registry = {}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return registry[object]

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, "__annotations__", None)
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an "
                    "annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        elif not isinstance(cls, type):
            raise TypeError("Invalid first argument to `register()`. %r is not a class." % (cls,))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % (funcname,))
        return dispatch(type(args[0]))(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
