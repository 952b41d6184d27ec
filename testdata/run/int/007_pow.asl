print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 3))
print(pow(-3, 3, 7), pow(3, 200, 13))
print(pow(12345678901234567890, 3, 987654321))
print(pow(3, -1, 7), pow(2, -1, 9))
print(10 ** 20, 10 ** -2, (-8) ** 2)
print(2 ** 0.5, 4 ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
