for s in ["123", "-0", "+7", "007", " 12 ", "1_000", "-999999999999999999", "9999999999999999999", "", "-", "12a", "٣", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(e)
print(int("10", 16), int("0x10", 0), int("010", 8))
for s in ["٣٤", "𝟗", "१२", "\u3000 42\u3000", "-٣"]:
    print(int(s))
print(float("٣.٥") if False else "skip")
