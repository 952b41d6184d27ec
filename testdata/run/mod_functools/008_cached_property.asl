# cached_property computes once per instance and can be reset.
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def stats(self):
        """Summary statistics."""
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": mean, "var": var}

d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats)
print(d.stats["mean"], d.computations)
print("stats" in vars(d))
d.values.append(100)
print(d.stats["n"], d.computations)
del d.stats
print(d.stats["n"], d.computations)
d.stats = {"n": 0}
print(d.stats, d.computations)

other = Dataset([1, 2, 3])
print(other.stats["mean"], other.computations, d.computations)
print(Dataset.stats.__doc__)

class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r * self.r, 3)

c = Circle(2)
print(c.area)
print(c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
try:
    del c.area
    del c.area
except AttributeError as e:
    print("AttributeError")
