# string constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation"]:
    value = getattr(string, name)
    print(name, len(value), value)
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-10:]))
print(string.printable[:62] == string.digits + string.ascii_letters)

print(string.capwords("hello   world  from asl"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("ALL CAPS here"))
print(string.capwords("o'neil mcdonald"))
print(string.capwords("a-b c-d", "-"))
print(string.capwords("one,two,,three", ","))
print(repr(string.capwords("")))
print(string.capwords("tab\tseparated\nlines"))

# classify characters with the constants
text = "Hello, World! 123 ~"
kinds = {"letter": 0, "digit": 0, "punct": 0, "space": 0}
for ch in text:
    if ch in string.ascii_letters:
        kinds["letter"] += 1
    elif ch in string.digits:
        kinds["digit"] += 1
    elif ch in string.punctuation:
        kinds["punct"] += 1
    elif ch in string.whitespace:
        kinds["space"] += 1
print(kinds)

# a Caesar cipher with the alphabets
def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(table)

secret = caesar("Attack at Dawn!", 3)
print(secret, caesar(secret, 23))
print(all(c in string.hexdigits for c in "deadBEEF09"), "g" in string.hexdigits)
