

def _deque_index(d, i):
    # The position in d._items of item i of the deque.
    if not isinstance(i, int):
        raise TypeError("sequence index must be integer, not '%s'" % (type(i).__name__,))
    n = len(d._items) - d._head
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("deque index out of range")
    return i + d._head


class deque:
    # The items are _items[_head:]: popleft and appendleft move _head, so
    # both ends cost O(1) amortized; the other methods first drop the
    # unused front (_norm).
    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _norm(self):
        if self._head:
            del self._items[: self._head]
            self._head = 0

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[: len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen :]

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head == 0:
            pad = len(self._items) + 8
            self._items[:0] = [None] * pad
            self._head = pad
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        items = list(iterable)
        self._norm()
        self._items.extend(items)
        self._trim_left()

    def extendleft(self, iterable):
        items = list(iterable)
        self._norm()
        items.reverse()
        self._items[:0] = items
        self._trim_right()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def rotate(self, n=1):
        self._norm()
        if len(self._items) > 1:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._norm()
        self._items.clear()

    def copy(self):
        self._norm()
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        self._norm()
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        self._norm()
        n = len(self._items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        self._norm()
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, x):
        self._norm()
        for i in range(len(self._items)):
            if self._items[i] == x:
                del self._items[i]
                return
        raise ValueError("%r is not in deque" % (x,))

    def reverse(self):
        self._norm()
        self._items.reverse()

    def __len__(self):
        return len(self._items) - self._head

    def __iter__(self):
        self._norm()
        return iter(self._items)

    def __reversed__(self):
        self._norm()
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[_deque_index(self, i)]

    def __setitem__(self, i, x):
        self._items[_deque_index(self, i)] = x

    def __delitem__(self, i):
        del self._items[_deque_index(self, i)]

    def __contains__(self, x):
        self._norm()
        return x in self._items

    def __bool__(self):
        return len(self._items) > self._head

    def __add__(self, other):
        self._norm()
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % (type(other).__name__,))
        other._norm()
        return type(self)(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        self._norm()
        if not isinstance(n, int):
            return NotImplemented
        return type(self)(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._norm()
        self._items *= n
        self._trim_left()
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._norm()
        other._norm()
        return self._items >= other._items

    def __repr__(self):
        self._norm()
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%r)" % (name, self._items)
        return "%s(%r, maxlen=%d)" % (name, self._items, self._maxlen)
