# Binary files: bytes in and out, readline, iteration, seek and tell.
import os

D = "_tmp_io_005"
os.mkdir(D)
p = os.path.join(D, "b.bin")

with open(p, "wb") as f:
    print(f.write(b"\x00\x01\x02abc\n"))
    print(f.write(bytes(range(250, 256))))
    print(f.write(b"\nline three\n"))
    print(f.tell())

with open(p, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-6:])
print(list(data[6:12]))

with open(p, "rb") as f:
    print(f.read(3))
    print(f.tell())
    print(f.readline())
    print(f.readline(2))
    print(f.readline())
    print(f.read())
    print(f.read())
    print(f.seek(0))
    print(f.read(1))
    print(f.seek(-3, 2), f.read())
    print(f.seek(2), f.seek(2, 1), f.read(1))

with open(p, "rb") as f:
    lines = list(f)
print(len(lines), [type(x).__name__ for x in lines])
print(lines[-1])

with open(p, "rb") as f:
    print(f.readlines())

with open(p, "ab") as f:
    f.write(b"tail")
with open(p, "rb") as f:
    print(f.read()[-8:])

with open(p, "r+b") as f:
    f.seek(3)
    f.write(b"XYZ")
    f.seek(0)
    print(f.read(8))
    print(f.truncate(5), f.tell())
with open(p, "rb") as f:
    print(f.read())

with open(p, "wb") as f:
    f.write("é✓".encode("utf-8"))
with open(p, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"))
with open(p) as f:
    print(f.read())

os.remove(p)
os.rmdir(D)
