# os and os.path: paths, the environment, and files in a scratch folder.
import os
import os.path
from os.path import join, splitext

print(join("a", "b", "c.txt"), join("/x", "y"), join("a", "/abs", "b"), join("a/", "b"), join("", "b"))
print(splitext("file.tar.gz"), splitext(".bashrc"), splitext("dir.d/name"), splitext("a/b.c"), splitext("..."))
print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), os.path.dirname("c.txt"), os.path.split("/a/b/"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.isabs("/x"), os.path.isabs("x"))
print(os.getenv("ASL_SURELY_UNSET_VAR"), os.getenv("ASL_SURELY_UNSET_VAR", "dflt"), isinstance(os.environ, dict) or hasattr(os.environ, "keys"))
print(os.path.abspath("x") == join(os.getcwd(), "x"), os.sep)
scratch = "scratch_os_test"
os.makedirs(join(scratch, "sub", "deeper"), exist_ok=True)
os.makedirs(join(scratch, "sub"), exist_ok=True)
try:
    os.makedirs(join(scratch, "sub"))
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.mkdir(scratch)
except FileExistsError as e:
    print("FileExistsError", e)
print(sorted(os.listdir(scratch)), os.path.isdir(scratch), os.path.isfile(scratch), os.path.exists(join(scratch, "nope")))
os.rename(join(scratch, "sub", "deeper"), join(scratch, "moved"))
print(sorted(os.listdir(scratch)))
for bad in (lambda: os.remove(join(scratch, "nope")), lambda: os.listdir(join(scratch, "nope")), lambda: os.rmdir(scratch)):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
os.rmdir(join(scratch, "moved"))
os.rmdir(join(scratch, "sub"))
os.rmdir(scratch)
print(os.path.exists(scratch))
