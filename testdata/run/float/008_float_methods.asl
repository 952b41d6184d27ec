x = 2.75
print(x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print((-x).__abs__(), x.__floor__() if hasattr(x, "__floor__") else 2)
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(x.__add__(1), x.__mul__(2), x.__truediv__(0.5))
print(int(x), int(-x), round(x), round(-x), round(x, 1))
def floor(v):
    i = int(v)
    return i - 1 if v < i else i
def ceil(v):
    i = int(v)
    return i + 1 if v > i else i
for v in [2.5, -2.5, 3.0, -0.1, 0.9]:
    print(v, floor(v), ceil(v), v // 1, -(-v // 1))
