# \N{...} escapes are optional in asl; kept in their own file
print("\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}")
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9")
print(len("\N{EM DASH}"), ord("\N{EM DASH}"))
print(f"\N{DEGREE SIGN}{20}C")
names = ["\N{LATIN CAPITAL LETTER A}", "\N{DIGIT ONE}", "\N{SPACE}"]
print(names, [ord(c) for c in names])
print("\N{COPYRIGHT SIGN} 2024", "\N{BLACK STAR}")
print(len("\N{GREEK CAPITAL LETTER OMEGA}\N{GREEK SMALL LETTER OMEGA}"))
print(rb"\N{BULLET}", r"\N{BULLET}")
