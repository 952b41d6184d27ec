for n in [0, 1, 7, 8, 255, 256, -1, -255, 2**40]:
    print(n, hex(n), oct(n), bin(n))
for n in [0, 1, 255, -255]:
    print(format(n, "x"), format(n, "#X"), format(n, "o"), format(n, "b"))
for s, base in [("1010", 2), ("777", 8), ("cafe", 16), ("-z", 36), ("0b11", 0), ("  0o17 ", 0)]:
    print(repr(s), base, int(s, base))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
for n in [0, 35, 36, -100, 2**64]:
    print(n, to_base(n, 36), int(to_base(n, 36), 36) == n, to_base(n, 7))
