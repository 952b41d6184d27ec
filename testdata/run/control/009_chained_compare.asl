def trace(v):
    print("eval", v)
    return v
print(1 < 2 < 3 < 4, 1 < 2 > 3, 5 > 4 >= 4 > 3, 1 == 1 != 2)
print(trace(1) < trace(2) < trace(3))
print(trace(3) < trace(2) < trace(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0, "a" < "b" < "c")
print(1 < 2 in [True], [] is not None is not False)
def between(v, lo, hi):
    return lo <= v <= hi
print([v for v in range(-2, 8) if between(v, 0, 5)])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]])
