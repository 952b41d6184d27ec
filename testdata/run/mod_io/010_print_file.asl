# print(..., file=f) to files, StringIO and objects with a write method.
import io
import os

D = "_tmp_io_010"
os.mkdir(D)
p = os.path.join(D, "out.txt")

with open(p, "w") as f:
    print("hello", "file", file=f)
    print(1, 2.5, None, [1, 2], file=f, sep=", ")
    print("no newline", file=f, end="")
    print(file=f)
    print("flushed", file=f, flush=True)
with open(p) as f:
    print(f.read(), end="")

s = io.StringIO()
for i in range(3):
    print(i, i * i, file=s, sep=":")
print(repr(s.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", "b", file=r)
print("c", file=r, end="!", flush=True)
print(r.calls)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)

print("to None goes to stdout", file=None)

f = open(p, "w")
f.close()
try:
    print("late", file=f)
except ValueError as e:
    print("ValueError", e)

with open(p, "a") as f:
    for word in ["x", "y"]:
        print(word, file=f)
with open(p) as f:
    print(f.read().split())

os.remove(p)
os.rmdir(D)
