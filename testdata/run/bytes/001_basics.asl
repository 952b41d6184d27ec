b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::3])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b"!", b * 2, b"ab" * 0, b"x" in b"xyz", b"w" in b, 104 in b)
print(list(b"abc"), tuple(b"\x00\xff"))
print(b == b"hello world", b != b"Hello", b"abc" < b"abd", b"a" < b"ab")
for x in b"hi!":
    print(x, end=" ")
print()
try:
    b[0] = 72
except TypeError as e:
    print("TypeError", e)
try:
    b[20]
except IndexError as e:
    print("IndexError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
print(b"" == bytes(), bool(b""), bool(b"\x00"))
