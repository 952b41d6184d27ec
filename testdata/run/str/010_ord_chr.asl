for ch in "aZ0 ~é€中😀":
    print(ch, ord(ch), hex(ord(ch)))
print(chr(65), chr(97), chr(48), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(10)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isalpha():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
