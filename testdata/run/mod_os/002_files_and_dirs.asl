# making, listing, renaming and removing files and folders
import os

base = "tmp_os_files"
if os.path.exists(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)

os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
print(os.listdir(base))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)))
print(os.path.getsize(os.path.join(base, "a.txt")))
print(os.path.isfile(os.path.join(base, "a.txt")), os.path.isdir(os.path.join(base, "a.txt")))

os.rename(os.path.join(base, "c.log"), os.path.join(base, "d.log"))
print(sorted(os.listdir(base)))
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "x")))
try:
    os.makedirs(os.path.join(base, "x", "y"))
except FileExistsError as e:
    print("FileExistsError", e.strerror if hasattr(e, "strerror") else "")
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.rmdir(os.path.join(base, "x"))
except OSError as e:
    print(type(e).__name__, e)

os.rmdir(os.path.join(base, "x", "y", "z"))
os.rmdir(os.path.join(base, "x", "y"))
os.rmdir(os.path.join(base, "x"))
for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
