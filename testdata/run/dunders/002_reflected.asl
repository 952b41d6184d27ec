class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        print("__add__", o)
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
n = Num(10)
print(n + 1, 1 + n, n + n)
print(n - 3, 3 - n, 4 * n, 100 / n, 100 // n, 25 % n)
print(sum([Num(1), Num(2)]))
try:
    n + "s"
except TypeError as e:
    print("TypeError", e)
try:
    n * 2
except TypeError as e:
    print("TypeError", e)
