def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot parse {s!r}") from e
for s in ["12", "-3", "0x"]:
    try:
        print(parse(s))
    except TypeError as e:
        print("handled:", e, "| cause:", e.__cause__)
print(parse("12"))
print(parse("1x"))
