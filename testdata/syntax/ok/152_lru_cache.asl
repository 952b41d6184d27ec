from collections import OrderedDict
from functools import wraps
from threading import RLock


class LRUCache:
    def __init__(self, capacity: int = 128) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: OrderedDict = OrderedDict()
        self._lock = RLock()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        with self._lock:
            try:
                self._data.move_to_end(key)
            except KeyError:
                self.misses += 1
                return default
            self.hits += 1
            return self._data[key]

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.capacity:
                self._data.popitem(last=False)

    def __len__(self):
        return len(self._data)


_MISSING = object()


def lru(capacity=128):
    def decorator(fn):
        cache = LRUCache(capacity)

        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            if (hit := cache.get(key, _MISSING)) is not _MISSING:
                return hit
            cache.put(key, result := fn(*args, **kwargs))
            return result

        wrapper.cache = cache
        return wrapper
    return decorator
