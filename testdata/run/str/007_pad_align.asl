for w in ["a", "abc", "abcdef"]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5) + "]",
          "[" + w.center(6, "*") + "]", "[" + w.ljust(4, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "ab\t".expandtabs(2) + "|")
for n in [1, 22, 333]:
    print(str(n).rjust(4, "0"), str(n).center(7, "-"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
