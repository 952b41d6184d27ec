def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n
p = next_prime(2 ** 61 + 12345)
q = next_prime(3 ** 40 + 999)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p)
print("q =", q)
print("n =", n, "bits", n.bit_length())
print("d =", d)
msg = "hi asl!"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(m, c, back == m, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print([x for x in range(90, 130) if is_probable_prime(x)])
print(is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
