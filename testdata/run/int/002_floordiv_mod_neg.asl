pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(-2**64 // 3, -2**64 % 3)
print(2**64 // -7, 2**64 % -7)
print(divmod(-10**20, 7))
for a in [17, -17]:
    for b in [4, -4]:
        print(f"{a:4} {b:3} // -> {a // b:3}  % -> {a % b:3}  divmod -> {divmod(a, b)}")
