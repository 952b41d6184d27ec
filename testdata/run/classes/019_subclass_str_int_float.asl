# str, int, float, bytes subclasses
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), u + "x", "x" + u, len(u), isinstance(u, str), type(u).__name__)
print(u == "hey", "hey" == u, u < "z", hash(u) == hash("hey"), u[0], u[::-1], u * 2, "e" in u)
print(u.split("e"), "-".join([u, Upper("you")]), f"<{u}>", f"{u:>6}|", "%s!" % u, str(u), type(str(u)).__name__)
print({u: 1}["hey"], {"hey": 2}[u], sorted([Upper("b"), Upper("a")]), u.upper(), type(u.upper()).__name__)
print(list(u), u.startswith("h"), "hey".startswith(u), u in "they", u.encode())

class Tag(str):
    def __new__(cls, name, level=1):
        obj = super().__new__(cls, name.lower())
        obj.level = level
        return obj
    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.level})"
t = Tag("HTML", 2)
print(t, repr(t), [t], t.level, t + "5", str(t), f"{t!r}")

class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-7)
print(p, repr(p), p + 1, 1 + p, p * p, -p, p // 2, p % 3, p ** 2, divmod(p, 2), abs(p), type(p + 1).__name__)
print(p == 7, p > 3, p < Positive(8), hash(p) == hash(7), bool(Positive(0)), int(p), float(p), str(p), f"{p:04d}", f"{p}")
print(["a", "b", "c", "d", "e", "f", "g", "h"][p], range(p)[-1], "ab" * Positive(2), round(p), p.bit_length(), bin(p), hex(p))
print(isinstance(p, int), type(p).__name__, max(Positive(3), Positive(-5)), sum([Positive(1), Positive(-2)]))

class Money(float):
    def __str__(self):
        return f"${float(self):.2f}"
m = Money(3.5)
print(m, repr(m), m + 1, m * 2, str(m), f"{m}", f"{m:.3f}", m > 3, round(m), int(m), type(m + 1).__name__, [m])

class Celsius(float):
    def __new__(cls, deg):
        return super().__new__(cls, deg)
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius("21.5"), Celsius(1) == 1.0)

class Blob(bytes):
    def hexed(self):
        return self.hex()
b = Blob(b"hi")
print(b, repr(b), len(b), b.hexed(), b + b"!", b[0], b.decode(), b == b"hi", list(b), str(b))

class Flag(int):
    def __repr__(self):
        return f"Flag({int(self)})"
fl = Flag(3)
print(fl, str(fl), repr(fl), [fl], f"{fl}", fl | 4, fl & 1, ~fl, fl << 2)
