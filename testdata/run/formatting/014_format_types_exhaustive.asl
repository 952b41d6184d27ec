n = 1234
f = 1234.5678
for spec in ["", "d", "b", "c", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "10", "<10", "^10", "=+10", "010", ",", "_"]:
    try:
        r = format(n, spec)
    except ValueError as e:
        r = "ValueError: " + str(e)
    print(f"int   {spec!r:8} -> {r!r}")
for spec in ["", "e", "E", "f", "F", "g", "G", "n", "%", ".2", ".2f", ".10g", "+.1e", "015.2f", ",.2f", "d"]:
    try:
        r = format(f, spec)
    except ValueError as e:
        r = "ValueError: " + str(e)
    print(f"float {spec!r:8} -> {r!r}")
for spec in ["", "s", "10", ">10", ".2", "^7.3", "d"]:
    try:
        r = format("text", spec)
    except ValueError as e:
        r = "ValueError: " + str(e)
    print(f"str   {spec!r:8} -> {r!r}")
