print(1 < 2, 2 < 1, 1 == 1, 1 != 1, 3 >= 3, 3 <= 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 10**20 == 1e20)
print(True == 1, False == 0, True + True == 2)
print(max(3, 9, 2), min(3, 9, 2), max(-10**30, 5))
print(2**100 > 2**99, -(2**100) < -(2**99))
one = 1
print(0 == -0, one is not None)
print(sorted([5, -3, 10**20, 0, -10**20, 7]))
x = 5
print(0 < x <= 5, 0 < x < 5, x in range(10))
