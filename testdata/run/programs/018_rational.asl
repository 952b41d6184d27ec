def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Rational) else Rational(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
half, third = Rational(1, 2), Rational(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 + half, 1 - third, 2 * third)
print(repr(Rational(6, -8)), Rational(10, 5), half == Rational(2, 4), half == 0.5, sorted([half, third, Rational(-1, 7)]))
h = Rational(0)
for k in range(1, 11):
    h = h + Rational(1, k)
print("H10 =", h, float(h))
x = Rational(1)
for _ in range(6):
    x = (x + Rational(2) / x) / 2
print("sqrt2 ~", x, float(x))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
