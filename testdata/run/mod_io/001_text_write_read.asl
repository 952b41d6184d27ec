# Writing and reading text files: counts, read(n), readline, readlines.
import os

D = "_tmp_io_001"
os.mkdir(D)
path = os.path.join(D, "notes.txt")

f = open(path, "w")
print(f.write("first line\n"))
print(f.write("second line\n"))
print(f.write(""))
print(f.write("héllo wörld ✓\n"))
f.writelines(["a\n", "b\n", "c"])
f.close()

f = open(path)
print(repr(f.read(5)))
print(repr(f.read(0)))
print(repr(f.readline()))
print(repr(f.readline(4)))
print(repr(f.readline()))
print(repr(f.read(3)))
print(f.readlines())
print(repr(f.read()))
print(repr(f.readline()))
f.close()

with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"))
print(text.splitlines())

with open(path) as f:
    print(f.readlines(12))
    print(f.readline())

with open(path) as f:
    print(repr(f.read(None)))

with open(path, "w") as f:
    for i in range(5):
        f.write("%d squared is %d\n" % (i, i * i))
with open(path) as f:
    total = 0
    for line in f:
        total += int(line.split()[-1])
print("total", total)

os.remove(path)
os.rmdir(D)
print(os.path.exists(D))
