print(chr(72) + chr(105), ord("H"), ord("€"), chr(ord("a") + 25))
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(0), oct(64), oct(-9), bin(0), bin(255), bin(-10))
print(int(hex(3054), 16), int(oct(3054), 8), int(bin(3054), 2), int(hex(-77), 0))
for n in [7, 100, 4096]:
    print(n, hex(n)[2:].zfill(4), bin(n)[2:].rjust(16, "0"), oct(n)[2:])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
