class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vector(self.x // k, self.y // k)
    def __mod__(self, k): return Vector(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return Vector(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __rmatmul__(self, o): return self @ o
    def __imatmul__(self, o): return self @ o
    def __ipow__(self, k): return self ** k
    def __neg__(self): return Vector(-self.x, -self.y)
    def __pos__(self): return self
    def __invert__(self): return Vector(~self.x, ~self.y)
    def __abs__(self): return (self @ self) ** .5
    def __and__(self, o): return Vector(self.x & o.x, self.y & o.y)
    def __or__(self, o): return Vector(self.x | o.x, self.y | o.y)
    def __xor__(self, o): return Vector(self.x ^ o.x, self.y ^ o.y)
    def __lshift__(self, n): return Vector(self.x << n, self.y << n)
    def __rshift__(self, n): return Vector(self.x >> n, self.y >> n)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __ne__(self, o): return not self == o
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"


v = Vector(1, 2)
w = Vector(3, 4)
v @= w
u = -v + w * 2 - w / 2 @ w if False else abs(w)
v **= 2
