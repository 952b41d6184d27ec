# Text seek and tell, truncate, and the seeks text files refuse.
import io
import os

D = "_tmp_io_006"
os.mkdir(D)
p = os.path.join(D, "s.txt")

with open(p, "w") as f:
    print(f.tell())
    f.write("hello\n")
    print(f.tell())
    f.write("world\n")
    print(f.tell())

with open(p) as f:
    print(f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)))
    f.seek(pos)
    print(repr(f.read()))
    print(f.tell())
    print(f.seek(0), repr(f.read(2)))
    print(f.seek(0, 2))
    print(repr(f.read()))
    print(f.seek(0, 1))
    for args in [(1, 1), (-1, 2), (-1,), (0, 7)]:
        try:
            f.seek(*args)
        except (ValueError, io.UnsupportedOperation) as e:
            print(args, type(e).__name__, e)

with open(p, "r+") as f:
    f.seek(5)
    print(f.truncate())
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2))
    f.seek(0)
    print(repr(f.read()))

with open(p, "w") as f:
    f.write("abc")
    f.seek(1)
    f.write("Z")
with open(p) as f:
    print(f.read())

with open(p, "w") as f:
    f.write("line1\nline2\nline3\n")
with open(p) as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    f.seek(marks[2])
    print(repr(f.readline()))

os.remove(p)
os.rmdir(D)
