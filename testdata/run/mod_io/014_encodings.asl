# Text files in other codecs (utf-8, latin-1, ascii) and error handlers.
import os

D = "_tmp_io_014"
os.mkdir(D)
p = os.path.join(D, "enc.txt")

with open(p, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café £5"))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))

with open(p, "w", encoding="ascii") as f:
    f.write("plain")
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(p, "w", encoding="ascii", errors="replace") as f:
    print(f.write("naïve ✓"))
with open(p) as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="ignore") as f:
    f.write("naïve ✓")
with open(p, encoding="ascii") as f:
    print(f.read(), f.encoding)

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe end")
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))

try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

with open(p, "w", encoding="UTF8") as f:
    f.write("✓ ünïcode")
with open(p, encoding="utf_8") as f:
    print(f.read(), f.encoding)
with open(p, "rb") as f:
    print(len(f.read()))
with open(p) as f:
    print(repr(f.read(1)), repr(f.read(2)), f.tell())

os.remove(p)
os.rmdir(D)
