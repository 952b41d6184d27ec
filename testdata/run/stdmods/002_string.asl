# The string module's constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"), string.capwords(" x y "))
print("".join(c for c in "Hello, World 42!" if c in string.ascii_letters + string.digits))
