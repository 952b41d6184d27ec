s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split())
print("one two three".split(maxsplit=1))
print("a::b::c".split("::"), "abc".split("abc"))
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"))
print(" | ".join(str(i) for i in range(4)))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(True), "".splitlines(), "x".splitlines())
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="), "kv".rpartition("="))
