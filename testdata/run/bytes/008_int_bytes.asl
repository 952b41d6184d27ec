for n in [0, 1, 255, 256, 65535, 2**32 - 1]:
    bb = n.to_bytes(4, "big")
    bl = n.to_bytes(4, "little")
    print(n, bb, bl, int.from_bytes(bb, "big"), int.from_bytes(bl, "little"))
print((-2).to_bytes(1, "big", signed=True), int.from_bytes(b"\x80", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.from_bytes(bytes(range(1, 17)), "big"))
