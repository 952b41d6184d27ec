# multidict: ordered dicts whose keys may repeat, as aiohttp uses for
# headers and query strings. Items are kept in one list of
# (identity, key, value) tuples; the identity is the key itself, or its
# case-folded form for the case-insensitive classes.

__all__ = ('MultiDictProxy', 'CIMultiDictProxy', 'MultiDict', 'CIMultiDict', 'upstr', 'istr', 'getversion')

_marker = object()


class istr(str):
    """A str that CIMultiDict compares case-insensitively."""
    __module__ = 'multidict'


upstr = istr


def getversion(md):
    return md._version


def _ident_cs(key):
    if not isinstance(key, str):
        raise TypeError('MultiDict keys should be either str or subclasses of str')
    return key


def _ident_ci(key):
    if not isinstance(key, str):
        raise TypeError('MultiDict keys should be either str or subclasses of str')
    return key.lower()


def _fmt_items(items):
    return ', '.join(f'{k!r}: {v!r}' for _, k, v in items)


class _ViewBase:
    def __init__(self, md):
        self._md = md

    def __len__(self):
        return len(self._md._items)

    def _set(self):
        return set(self)

    def __and__(self, other):
        return self._set() & set(other)

    def __or__(self, other):
        return self._set() | set(other)

    def __sub__(self, other):
        return self._set() - set(other)

    def __xor__(self, other):
        return self._set() ^ set(other)

    def __eq__(self, other):
        return list(self) == list(other)


class _KeysView(_ViewBase):
    __module__ = 'multidict._multidict'

    def __iter__(self):
        return iter([k for _, k, _v in self._md._items])

    def __contains__(self, key):
        for _, k, _v in self._md._items:
            if k == key:
                return True
        return False

    def __repr__(self):
        return '_KeysView(' + ', '.join(repr(k) for _, k, _v in self._md._items) + ')'


class _ValuesView(_ViewBase):
    __module__ = 'multidict._multidict'

    def __iter__(self):
        return iter([v for _, _k, v in self._md._items])

    def __contains__(self, value):
        for _, _k, v in self._md._items:
            if v == value:
                return True
        return False

    def __repr__(self):
        return '_ValuesView(' + ', '.join(repr(v) for _, _k, v in self._md._items) + ')'


class _ItemsView(_ViewBase):
    __module__ = 'multidict._multidict'

    def __iter__(self):
        return iter([(k, v) for _, k, v in self._md._items])

    def __contains__(self, item):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            return False
        for _, k, v in self._md._items:
            if k == item[0] and v == item[1]:
                return True
        return False

    def __repr__(self):
        return '_ItemsView(' + _fmt_items(self._md._items) + ')'


class _Base:
    """The read-only part every multidict and proxy shares."""
    _ident = staticmethod(_ident_cs)

    def getall(self, key, default=_marker):
        ident = self._ident(key)
        res = [v for i, _k, v in self._items if i == ident]
        if res:
            return res
        if default is not _marker:
            return default
        raise KeyError(key)

    def getone(self, key, default=_marker):
        ident = self._ident(key)
        for i, _k, v in self._items:
            if i == ident:
                return v
        if default is not _marker:
            return default
        raise KeyError(key)

    def __getitem__(self, key):
        return self.getone(key)

    def get(self, key, default=None):
        return self.getone(key, default)

    def __iter__(self):
        return iter([k for _, k, _v in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        ident = self._ident(key)
        for i, _k, _v in self._items:
            if i == ident:
                return True
        return False

    def __eq__(self, other):
        if isinstance(other, _Base):
            if len(self._items) != len(other._items):
                return False
            for (i1, _k1, v1), (i2, _k2, v2) in zip(self._items, other._items):
                if i1 != i2 or v1 != v2:
                    return False
            return True
        if isinstance(other, dict):
            if len(self._items) != len(other):
                return False
            for k, v in other.items():
                for i, _k, nv in self._items:
                    if i == k:
                        break
                else:
                    return False
                if v != nv:
                    return False
            return True
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __bool__(self):
        return len(self._items) > 0

    def __repr__(self):
        return f'<{type(self).__name__}({_fmt_items(self._items)})>'


class MultiDictProxy(_Base):
    """A read-only view of a MultiDict."""
    __module__ = 'multidict._multidict'

    def __init__(self, arg):
        if not isinstance(arg, (MultiDict, MultiDictProxy)):
            raise TypeError(
                'ctor requires MultiDict or MultiDictProxy instance, '
                f'not {type(arg)}')
        self._md = arg
        self._ident = arg._ident

    @property
    def _items(self):
        return self._md._items

    def __setitem__(self, key, value):
        raise TypeError(f"'multidict._multidict.{type(self).__name__}' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError(f"'multidict._multidict.{type(self).__name__}' object does not support item deletion")

    def copy(self):
        return MultiDict(self.items())


class CIMultiDictProxy(MultiDictProxy):
    """A read-only view of a CIMultiDict."""
    __module__ = 'multidict._multidict'

    def __init__(self, arg):
        if not isinstance(arg, (CIMultiDict, CIMultiDictProxy)):
            raise TypeError(
                'ctor requires CIMultiDict or CIMultiDictProxy instance, '
                f'not {type(arg)}')
        self._md = arg
        self._ident = arg._ident

    def copy(self):
        return CIMultiDict(self.items())


class MultiDict(_Base):
    """An ordered dict whose keys may repeat."""
    __module__ = 'multidict._multidict'

    def __init__(self, *args, **kwargs):
        self._items = []
        self._version = 0
        self._extend(args, kwargs, type(self).__name__, True)

    def _extend(self, args, kwargs, name, add):
        if len(args) > 1:
            raise TypeError(f'{name} takes at most 1 positional argument ({len(args)} given)')
        pairs = []
        if args:
            arg = args[0]
            if isinstance(arg, _Base):
                pairs = [(k, v) for _, k, v in arg._items]
            elif hasattr(arg, 'items'):
                pairs = list(arg.items())
            else:
                for item in arg:
                    if not len(item) == 2:
                        raise TypeError(f'{name} takes either dict or list of (key, value) tuples')
                    pairs.append((item[0], item[1]))
        for k, v in kwargs.items():
            pairs.append((k, v))
        if add:
            for k, v in pairs:
                self._items.append((self._ident(k), k, v))
        else:
            self._update_items(pairs)
        self._version += 1

    def _update_items(self, pairs):
        used = {}
        for k, v in pairs:
            ident = self._ident(k)
            start = used.get(ident, 0)
            for pos in range(start, len(self._items)):
                if self._items[pos][0] == ident:
                    self._items[pos] = (ident, k, v)
                    used[ident] = pos + 1
                    break
            else:
                self._items.append((ident, k, v))
                used[ident] = len(self._items)
        # drop the items of updated keys that were not given again
        items = []
        for pos, item in enumerate(self._items):
            ident = item[0]
            if ident in used and pos >= used[ident]:
                continue
            items.append(item)
        self._items = items

    def add(self, key, value):
        self._items.append((self._ident(key), key, value))
        self._version += 1

    def extend(self, *args, **kwargs):
        self._extend(args, kwargs, 'extend', True)

    def update(self, *args, **kwargs):
        self._extend(args, kwargs, 'update', False)

    def copy(self):
        cls = type(self)
        return cls(self.items())

    __copy__ = copy

    def __setitem__(self, key, value):
        ident = self._ident(key)
        items = []
        found = False
        for item in self._items:
            if item[0] == ident:
                if not found:
                    items.append((ident, key, value))
                    found = True
            else:
                items.append(item)
        if not found:
            items.append((ident, key, value))
        self._items = items
        self._version += 1

    def __delitem__(self, key):
        ident = self._ident(key)
        items = [item for item in self._items if item[0] != ident]
        if len(items) == len(self._items):
            raise KeyError(key)
        self._items = items
        self._version += 1

    def setdefault(self, key, default=None):
        ident = self._ident(key)
        for i, _k, v in self._items:
            if i == ident:
                return v
        self.add(key, default)
        return default

    def popone(self, key, default=_marker):
        ident = self._ident(key)
        for pos, item in enumerate(self._items):
            if item[0] == ident:
                del self._items[pos]
                self._version += 1
                return item[2]
        if default is _marker:
            raise KeyError(key)
        return default

    pop = popone

    def popall(self, key, default=_marker):
        ident = self._ident(key)
        res = [v for i, _k, v in self._items if i == ident]
        if not res:
            if default is _marker:
                raise KeyError(key)
            return default
        self._items = [item for item in self._items if item[0] != ident]
        self._version += 1
        return res

    def popitem(self):
        if not self._items:
            raise KeyError('empty multidict')
        item = self._items.pop(0)
        self._version += 1
        return (item[1], item[2])

    def clear(self):
        self._items = []
        self._version += 1


class CIMultiDict(MultiDict):
    """A MultiDict whose keys compare case-insensitively (HTTP headers)."""
    __module__ = 'multidict._multidict'
    _ident = staticmethod(_ident_ci)
