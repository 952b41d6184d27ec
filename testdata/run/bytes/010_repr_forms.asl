cases = [b"", b"'", b'"', b"'\"", b"\\", b"\x00", b"\x7f\x80", b"\t\n\r", b"abc\x01", bytes(range(30, 40))]
for c in cases:
    print(repr(c), str(c), len(c))
print([b"a", b"b"], (b"x",), {b"k": b"v"})
print(f"{b'abc'}", "%s" % b"xy", "%r" % b"xy", "{}".format(b"z"))
for n in [0, 9, 10, 13, 31, 32, 126, 127, 128, 255]:
    print(n, repr(bytes([n])))
print(repr(b"\\x41"), len(b"\\x41"))
print(bytes([39, 34]), bytes([39]), bytes([34]))
print(repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""))
