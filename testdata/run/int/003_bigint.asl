big = 2 ** 200
print(big)
print(big + 1, big - 1)
print(big * big)
print(big // 3, big % 1000007)
print(-big, -big // 7, -big % 7)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 26))
print(10 ** 30 == 1000000000000000000000000000000)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, 2 ** 64)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500)
print(int("123456789012345678901234567890") * 3)
print(big > 2 ** 199, big == 2 ** 200, big < -big)
print(abs(-big) == big, pow(2, 200) == big)
