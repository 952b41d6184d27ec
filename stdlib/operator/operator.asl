# asl's operator module: the operators as functions come from the Go
# module _operator; the getters (classes with CPython's reprs) and the
# in-place forms are here.

import _operator
from _operator import *


def _type_name(x):
    return type(x).__name__


class itemgetter:
    def __init__(self, *items):
        self._get = _operator.itemgetter(*items)
        self._items = items

    def __call__(self, *args):
        return self._get(*args)

    def __repr__(self):
        return "%s(%s)" % (_getter_name(self, itemgetter), ", ".join(map(repr, self._items)))


class attrgetter:
    def __init__(self, *attrs):
        self._get = _operator.attrgetter(*attrs)
        self._attrs = attrs

    def __call__(self, *args):
        return self._get(*args)

    def __repr__(self):
        return "%s(%s)" % (_getter_name(self, attrgetter), ", ".join(map(repr, self._attrs)))


class methodcaller:
    def __init__(self, *args, **kwargs):
        self._call = _operator.methodcaller(*args, **kwargs)
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args):
        return self._call(*args)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend("%s=%r" % kv for kv in self._kwargs.items())
        return "%s(%s)" % (_getter_name(self, methodcaller), ", ".join(parts))


def _getter_name(obj, cls):
    if type(obj) is cls:
        return "operator." + cls.__name__
    return type(obj).__name__


def index(a):
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % (_type_name(a),))
    return method(a)


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % (_type_name(default),))
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % (_type_name(value),))
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % (_type_name(a),))
    return a + b


def iadd(a, b):
    a += b
    return a


def iconcat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % (_type_name(a),))
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def imod(a, b):
    a %= b
    return a


def ipow(a, b):
    a **= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def irshift(a, b):
    a >>= b
    return a


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def ixor(a, b):
    a ^= b
    return a


__index__ = index
__concat__ = concat
__iadd__ = iadd
__iconcat__ = iconcat
__isub__ = isub
__imul__ = imul
__imatmul__ = imatmul
__itruediv__ = itruediv
__ifloordiv__ = ifloordiv
__imod__ = imod
__ipow__ = ipow
__ilshift__ = ilshift
__irshift__ = irshift
__iand__ = iand
__ior__ = ior
__ixor__ = ixor
