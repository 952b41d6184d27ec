a = b = c = 1
del a
del b, c
del (a)
del (a, b)
del [a, b]
del obj.attr
del obj.inner.deeper
del items[0]
del items[1:3]
del items[::2]
del mapping["key"], mapping[other]
del grid[0][1]
del a, obj.x, items[0]
del (a, [b, c])
del a,
def cleanup(cache):
    del cache[:]
    del cache
