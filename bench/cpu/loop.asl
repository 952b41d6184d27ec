# Tight integer loops: while and for, arithmetic, bit operations, comparisons,
# local and global variables.

N = 8_000_000


def while_loop(n):
    total = 0
    i = 0
    while i < n:
        j = i % 7
        total = (total + i * j - (i >> 3)) % 1_000_000_007
        i += 1
    return total


def for_loop(n):
    acc = 0
    odd = 0
    for k in range(n):
        if k & 1:
            acc ^= k
            odd += 1
        elif k % 3 == 0:
            acc += k // 3
        else:
            acc -= 1
    return acc + odd


def nested(n):
    count = 0
    for a in range(n):
        b = 0
        while b < 10:
            if (a + b) % 4 != 0:
                count += a * b & 255
            b += 2
    return count


# A loop at module level, where every name is a global.
g = 0
for x in range(N // 4):
    g = (g * 31 + x) & 0xFFFFFFFF

print("loop", while_loop(N), for_loop(N), nested(N // 10), g)
