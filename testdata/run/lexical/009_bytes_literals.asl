print(b'abc', B"ABC", rb"\n", Rb'\t', bR"x\y", BR'z')
print(b"\x00\xff\n", b'\\', b"'", b'"')
print(list(b"AZ"), len(b"\x00\x01"))
print(b"adj" b"acent")
print(br"\x41" == b"\\x41")
print(b'''tri
ple''')
print(b"\101\102")
print(type(b"").__name__)
data = b"line1\nline2\ttab\\"
print(data, len(data), data.count(b"\n"))
print(b"\x41\x42\x43" == b"ABC", b"\\" == bytes([92]))
