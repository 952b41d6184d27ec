# CPython's errors for files: missing files, directories, closed files,
# wrong directions and wrong types.
import io
import os

D = "_tmp_io_004"
os.mkdir(D)
p = os.path.join(D, "e.txt")

try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args)
    print(isinstance(e, OSError))

try:
    open(os.path.join(D, "missing", "x.txt"), "w")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

try:
    open(D)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == D)

try:
    open("")
except FileNotFoundError as e:
    print(e)

with open(p, "w") as f:
    f.write("text\n")
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
    try:
        f.write(42)
    except TypeError as e:
        print(e)

with open(p) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print(e, isinstance(e, OSError))
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print(e)

for op in ["read", "readline", "write", "seek", "tell", "readlines", "flush", "iter"]:
    f = open(p, "r+")
    f.close()
    try:
        if op == "write":
            f.write("x")
        elif op == "seek":
            f.seek(0)
        elif op == "iter":
            for line in f:
                pass
        else:
            getattr(f, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
try:
    f.readable()
except ValueError as e:
    print("readable", e)
try:
    with f:
        pass
except ValueError as e:
    print("with", e)

with open(p, "rb") as b:
    try:
        b.write(b"x")
    except io.UnsupportedOperation as e:
        print("binary", e)
with open(p, "wb") as b:
    try:
        b.write("str")
    except TypeError as e:
        print(e)
    try:
        b.read()
    except io.UnsupportedOperation as e:
        print("binary", e)

os.remove(p)
os.rmdir(D)
