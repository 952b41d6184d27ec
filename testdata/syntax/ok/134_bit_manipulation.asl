MASK32 = 0xFFFF_FFFF
MASK64 = (1 << 64) - 1
HIGH_BIT = 0x8000_0000_0000_0000
PERMS = 0o755
FLAGS = 0B1010_0101


def popcount(x: int) -> int:
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def rotl32(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & MASK32


def reverse_bits(x: int, width: int = 8) -> int:
    out = 0
    for _ in range(width):
        out = (out << 1) | (x & 1)
        x >>= 1
    return out


def fnv1a(data: bytes) -> int:
    h = 0xcbf29ce484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001b3) & MASK64
    return h


def sign_extend(value: int, bits: int) -> int:
    sign = 1 << (bits - 1)
    return (value & (sign - 1)) - (value & sign)


x = ~0 & MASK32
y = -x >> 3 ^ 0x5A5A << 2 | 0o17 & 0b11
print(hex(fnv1a(b"hello")), popcount(FLAGS), rotl32(0x1234_5678, 8), sign_extend(0xFF, 8))
