sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step)
data = list(range(12))
print(data[sl], "abcdefghijkl"[sl], tuple(data)[sl])
print(slice(3), slice(None, 5), slice(2, None, -1))
print(data[slice(3)], data[slice(-3, None)], data[slice(None, None, -5)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[..., 0], p[:, ::-1])
