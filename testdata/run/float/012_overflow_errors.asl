try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1e308 + 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 398)
print(1e308 * 10, -(1e308 * 10))
try:
    print(float("inf") // 1, float("inf") % 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
