# io.StringIO: an in-memory text file.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.write("ünïcode ✓\n"))
print(repr(s.getvalue()))
print(s.tell())
print(repr(s.read()))
s.seek(0)
print(repr(s.read(5)))
print(repr(s.readline()))
print(repr(s.readline()))
print(repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])

t = io.StringIO("line one\nline two\nline three")
print(t.tell(), repr(t.readline(4)), t.tell())
print(list(t))
t.seek(5)
t.write("ONE")
print(repr(t.getvalue()))
print(t.truncate(8), repr(t.getvalue()))
t.seek(0, 2)
t.write("!")
print(repr(t.getvalue()))
t.seek(12)
t.write("far")
print(repr(t.getvalue()))

u = io.StringIO()
print("a", 1, [2], sep="|", file=u)
print("second", file=u, end="!")
u.writelines(["x", "y", "z"])
print(repr(u.getvalue()))
print(u.readable(), u.writable(), u.seekable(), u.closed)

for bad in [lambda: u.seek(1, 1), lambda: u.seek(-1), lambda: u.write(b"x"),
            lambda: io.StringIO(b"x"), lambda: u.read("x"), lambda: u.truncate(-1),
            lambda: io.StringIO("", newline="z")]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.getvalue()
except ValueError as e:
    print(e)

n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()), n.readlines())
m = io.StringIO("a\r\nb\rc\n", newline="")
print(m.readlines())
print(isinstance(s, io.TextIOBase), type(s).__name__)
