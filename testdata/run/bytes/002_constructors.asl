print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((0xff, 0)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(b"copy"), bytes(), bytes([]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"))
print(b"\x00\x01\x7f\x80\xff", repr(b"\t\n\r"), b"'\"")
