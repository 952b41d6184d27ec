# io.BytesIO: an in-memory binary file.
import io

b = io.BytesIO()
print(b.write(b"abc"), b.write(b"\x00\xff\n"), b.write(b"next line\nlast"))
print(b.getvalue())
print(b.tell())
print(b.read())
b.seek(0)
print(b.read(2), b.readline(), b.readline(4), b.readline())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines())
print(b.seek(-4, 2), b.read())
print(b.seek(-100, 1), b.tell())

c = io.BytesIO(b"0123456789")
c.seek(3)
c.write(b"abc")
print(c.getvalue(), c.tell())
c.seek(15)
c.write(b"!")
print(c.getvalue())
print(c.truncate(4), c.getvalue(), c.tell())
print(c.read1(), c.readable(), c.writable(), c.seekable())

for bad in [lambda: c.seek(-1), lambda: c.write("str"), lambda: c.truncate(-1),
            lambda: c.seek(0, 3), lambda: io.BytesIO("text")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

with io.BytesIO(b"data") as d:
    print(d.read())
print(d.closed)
try:
    d.read()
except ValueError as e:
    print(e)

w = io.TextIOWrapper(io.BytesIO("héllo\r\nworld\n".encode()), encoding="utf-8")
print(w.readlines())
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-8")
print(tw.write("ünï\n"))
tw.flush()
print(raw.getvalue())
print(isinstance(b, io.BufferedIOBase), type(b).__name__)
