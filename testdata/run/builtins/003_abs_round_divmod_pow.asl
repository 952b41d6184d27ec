print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-10 ** 30), abs(True))
print(round(2.567, 2), round(-2.5), round(7), round(1.23456, 4), round(123.456, -1), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-7.5, 2))
print(pow(2, 8), pow(2, 8, 5), pow(2.5, 2), pow(4, -1), pow(-2, 3), pow(9, 0.5))
print(pow(5, -1, 7), pow(10 ** 20, 2, 97), pow(0, 0), pow(0.0, 0))
class Absy:
    def __neg__(self):
        return "negated"
print(-Absy())
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
