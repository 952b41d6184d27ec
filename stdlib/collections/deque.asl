

_dq = _collections.deque_methods


def _deque_index(d, i):
    # Item i of the deque as an index of its item list, checked.
    if not isinstance(i, int):
        raise TypeError("sequence index must be integer, not '%s'" % (type(i).__name__,))
    n = len(d)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("deque index out of range")
    return i


class deque:
    # The items live in a Go ring buffer (deque.go): both ends cost O(1).
    # The methods below that rearrange items take the list of them
    # (_items) and put a new list back (_set).
    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        _dq._init(self, maxlen)
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen()

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    append = _dq.append
    appendleft = _dq.appendleft
    pop = _dq.pop
    popleft = _dq.popleft
    __len__ = _dq.__len__
    __bool__ = _dq.__bool__
    _items = _dq._items
    _set = _dq._set
    _maxlen = _dq._maxlen

    def extend(self, iterable):
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        items = self._items()
        if len(items) > 1:
            n %= len(items)
            if n:
                self._set(items[-n:] + items[:-n])

    def clear(self):
        self._set([])

    def copy(self):
        return type(self)(self._items(), self._maxlen())

    __copy__ = copy

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        items = self._items()
        m = self._maxlen()
        if m is not None and len(items) >= m:
            raise IndexError("deque already at its maximum size")
        items.insert(i, x)
        self._set(items)

    def remove(self, x):
        items = self._items()
        for i in range(len(items)):
            if items[i] == x:
                del items[i]
                self._set(items)
                return
        raise ValueError("%r is not in deque" % (x,))

    def reverse(self):
        items = self._items()
        items.reverse()
        self._set(items)

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return reversed(self._items())

    def __getitem__(self, i):
        return self._items()[_deque_index(self, i)]

    def __setitem__(self, i, x):
        items = self._items()
        items[_deque_index(self, i)] = x
        self._set(items)

    def __delitem__(self, i):
        items = self._items()
        del items[_deque_index(self, i)]
        self._set(items)

    def __contains__(self, x):
        return x in self._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % (type(other).__name__,))
        return type(self)(self._items() + other._items(), self._maxlen())

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(self._items() * n, self._maxlen())

    __rmul__ = __mul__

    def __imul__(self, n):
        self._set(self._items() * n)
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __repr__(self):
        name = type(self).__name__
        m = self._maxlen()
        if m is None:
            return "%s(%r)" % (name, self._items())
        return "%s(%r, maxlen=%d)" % (name, self._items(), m)
