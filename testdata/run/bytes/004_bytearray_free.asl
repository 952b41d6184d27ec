# bytes are immutable: build new ones
data = b""
for i in range(5):
    data += bytes([65 + i])
print(data)
parts = [b"%d" % i for i in range(3)]
print(parts, b",".join(parts))
print(b"%s=%d" % (b"key", 42), b"%5s|%-5s|" % (b"ab", b"cd"), b"%x %c" % (255, 65))
chunks = [data[i:i + 2] for i in range(0, len(data), 2)]
print(chunks)
checksum = 0
for byte in b"checksum me":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum, hex(checksum))
print(sum(b"abc"), max(b"hello"), min(b"hello"), sorted(b"dcba"))
print(bytes(reversed(b"stressed")))
