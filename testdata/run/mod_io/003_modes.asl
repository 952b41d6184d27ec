# open() modes: w a x r+ w+ a+, and CPython's errors for bad modes.
import os

D = "_tmp_io_003"
os.mkdir(D)
p = os.path.join(D, "m.txt")

with open(p, "w") as f:
    f.write("12345")
with open(p, "a") as f:
    print(f.tell())
    f.write("678")
    print(f.tell())
with open(p) as f:
    print(f.read())

with open(p, "w") as f:
    f.write("xy")
with open(p) as f:
    print(repr(f.read()))

with open(p, "r+") as f:
    print(repr(f.read(1)))
    f.seek(0)
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))

with open(p, "w+") as f:
    print(repr(f.read()))
    f.write("fresh")
    f.seek(0)
    print(repr(f.read()))

with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))

q = os.path.join(D, "new.txt")
with open(q, "x") as f:
    f.write("created")
try:
    open(q, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == q)
with open(q, "rt") as f:
    print(f.read(), f.mode)

for mode in ["rz", "rr", "rw", "b", "tb", "+", "wa", "", "r+b+", "U"]:
    try:
        open(p, mode)
        print(mode, "opened")
    except ValueError as e:
        print(repr(mode), e)

for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(p, "r", 0)
except ValueError as e:
    print(e)
try:
    open(p, newline="x")
except ValueError as e:
    print(e)
try:
    open(p, 3)
except TypeError as e:
    print(e)
try:
    open([p])
except TypeError as e:
    print(e)

os.remove(p)
os.remove(q)
os.rmdir(D)
