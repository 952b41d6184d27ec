print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(42, "08b"), format(255, "#x"))
print(format("text", ">10"), format("text", "*^10"), format(3.5), format(10), format("s"))
print(format(0.125, ".1%"), format(1e6, "e"), format(1e6, "g"), format(123456789, "_d"))
print(format(-42, "+d"), format(42, "+d"), format(42, " d"), format(-3.14159, ".3g"))
print(format(True), format(None), format([1, 2]), format(True, "d"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
