a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a if a>b else b, not a, a and b, 0 or b)
x = 10
x += 1; x -= 2; x *= 3; print(x)
x //= 2; x %= 7; x **= 3; print(x)
x <<= 2; x >>= 1; x &= 0xff; x |= 1; x ^= 3; print(x)
print(-a, +a, - - a, ~~a)
print((a), ((b)), [a][0], {a: b}[a])
print(2**-1, -2**2, (-2)**2)
