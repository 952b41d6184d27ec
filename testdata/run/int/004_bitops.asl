a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 100)
print(-1 << 3, -16 >> 2, -1 >> 10, 255 >> 4)
print(-5 & 0xff, -5 | 2, -5 ^ 3, ~-1, ~0)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print((-(2 ** 70)) >> 65, (-(2 ** 70)) & 0xffff)
print(0xf0f0 ^ 0xffff, 12345 & -12345)
x = 0
for i in range(0, 16, 3):
    x |= 1 << i
print(x, bin(x))
print((5).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print((2 ** 100).bit_length())
