# newline= on read and write: universal newlines, '' and fixed endings.
import os

D = "_tmp_io_007"
os.mkdir(D)
p = os.path.join(D, "n.txt")

with open(p, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print(repr(f.read(9)), repr(f.read(4)))
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\n") as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(f.readlines())
with open(p, newline="\r\n") as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p) as f:
    print([len(line) for line in f])

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

with open(p, "w", newline="\r\n") as f:
    print(f.write("x\ny\n"))
with open(p) as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.read())

with open(p, "wb") as f:
    f.write(b"\r\n\r\n\r")
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())

os.remove(p)
os.rmdir(D)
