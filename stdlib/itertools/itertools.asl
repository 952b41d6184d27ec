# asl's itertools module: count, repeat and chain here (for their reprs
# and chain.from_iterable), the other iterators from the Go module
# _itertools.

import _itertools
from _itertools import (
    accumulate, combinations, combinations_with_replacement, compress, cycle,
    dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
    starmap, takewhile, tee, zip_longest,
)


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(x, "__add__") and not isinstance(x, (str, bytes, list, tuple))


def _params(name, args, kwargs, names, nreq):
    # Binds arguments as CPython's Argument Clinic functions do, with their
    # messages.
    n = len(args) + len(kwargs)
    if n > len(names):
        raise TypeError("%s() takes at most %d arguments (%d given)" % (name, len(names), n))
    out = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, key, i + 1))
        out[i] = value
    for i in range(nreq):
        if out[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
    return out


_MISSING = object()


class count:
    def __init__(self, *args, **kwargs):
        start, step = _params("count", args, kwargs, ["start", "step"], 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "%s(%r)" % (type(self).__name__, self._cnt)
        return "%s(%r, %r)" % (type(self).__name__, self._cnt, self._step)


class repeat:
    def __init__(self, *args, **kwargs):
        object, times = _params("repeat", args, kwargs, ["object", "times"], 1)
        self._obj = object
        if times is _MISSING:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % (type(times).__name__,))
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return "%s(%r)" % (type(self).__name__, self._obj)
        return "%s(%r, %d)" % (type(self).__name__, self._obj, self._left)


class chain:
    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        return _itertools.chain(*iterables)

    from_iterable = staticmethod(_itertools.chain_from_iterable)
