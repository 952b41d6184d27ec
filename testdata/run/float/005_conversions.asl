print(int(3.99), int(-3.99), int(1e15), int(2.0 ** 70))
print(float("3.25"), float("-0"), float(" 1_000.5 "), float("1e-3"))
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
print(float.hex(1.0) if hasattr(float, "hex") else "", (2.5).hex())
print(str(1.0), str(-1.5e-10), repr(1e-10), str(1e16))
