print(int("42"), int("-17"), int("  8  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36), int("zz", 36))
print(int(3.9), int(-3.9), int(1e20), int(True), int(False))
print(int(), int("0"), int("-0"))
print(int("12345678901234567890123"))
for bad in ["x", "", "1.5", "0x10", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(str(-255), repr(10**5))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
