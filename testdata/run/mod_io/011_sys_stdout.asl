# sys.stdout and sys.stderr: write returns counts, and assigning
# sys.stdout redirects print.
import io
import sys

print(sys.stdout.write("direct write\n"))
print(sys.stdout.write(""))
print(sys.stdout.write("ünï✓\n"))
sys.stdout.flush()
print(sys.stdout.name, sys.stdout.mode, sys.stdout.writable(), sys.stdout.readable())
print(sys.stderr.name, sys.stderr.write(""))
print(type(sys.stdout).__name__, sys.stdout is sys.__stdout__)

saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
print("second")
sys.stdout.write("via write\n")
sys.stdout = saved
text = buf.getvalue()
print(repr(text))
print(text.splitlines())


def capture(fn, *args):
    old = sys.stdout
    sys.stdout = io.StringIO()
    try:
        fn(*args)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = old


def greet(name, times):
    for i in range(times):
        print("hello", name, i)


out = capture(greet, "asl", 3)
print(out.count("\n"), out.split("\n")[1])


class Upper:
    def __init__(self, target):
        self.target = target

    def write(self, s):
        return self.target.write(s.upper())

    def flush(self):
        self.target.flush()


sys.stdout = Upper(saved)
print("shouting now", 42)
sys.stdout = sys.__stdout__
print("quiet again")

err = io.StringIO()
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
