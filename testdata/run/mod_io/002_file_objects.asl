# File object attributes, repr, with, closed, iteration protocol.
import os
import io

D = "_tmp_io_002"
os.mkdir(D)
p = os.path.join(D, "data.txt")

f = open(p, "w")
print(f)
print(f.name == p, f.mode, f.encoding, f.errors, f.closed)
print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase))
print(f.readable(), f.writable(), f.seekable())
print(f.buffer)
f.write("one\ntwo\nthree\n")
f.close()
print(f.closed)
f.close()  # closing twice is fine
print(f)

with open(p) as g:
    print(g.mode, g.closed, iter(g) is g)
    print(next(g), end="")
    print(next(g), end="")
    rest = list(g)
    print(rest)
    try:
        next(g)
    except StopIteration:
        print("StopIteration")
print(g.closed)

with open(p, "rb") as b:
    print(b, type(b).__name__, b.mode)
    print(b.readable(), b.writable())
print(b.closed)

with open(p, "a") as a:
    print(a.mode, a.buffer)
with open(p, "r+") as rp:
    print(rp.mode, rp.buffer, rp.readable(), rp.writable())
with open(p, "wb+") as wp:
    print(wp.mode, wp)

lines = [line.rstrip("\n") for line in open(p, "w+")]
print(lines)

def first_word(path):
    with open(path) as fh:
        for line in fh:
            return line.split()[0]
    return None

with open(p, "w") as fh:
    fh.write("alpha beta\ngamma\n")
print(first_word(p))
for n, line in enumerate(open(p), 1):
    print(n, line.strip())

try:
    with open(p) as fh:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, fh.closed)

os.remove(p)
os.rmdir(D)
