# the OSError family for missing and misused paths
import os

tries = [
    ("listdir", lambda: os.listdir("no_such_dir_xyz")),
    ("remove", lambda: os.remove("no_such_file_xyz")),
    ("rmdir", lambda: os.rmdir("no_such_dir_xyz")),
    ("rename", lambda: os.rename("no_such_file_xyz", "other_xyz")),
    ("mkdir", lambda: os.mkdir(os.path.join("no_such_dir_xyz", "sub"))),
    ("getsize", lambda: os.path.getsize("no_such_file_xyz")),
    ("open", lambda: open("no_such_file_xyz")),
]
for name, fn in tries:
    try:
        fn()
    except FileNotFoundError as e:
        print(name, "FileNotFoundError", e)
        print("  ", isinstance(e, OSError), e.errno, e.strerror, e.filename)

d = "tmp_os_errors"
os.mkdir(d)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("x")
for name, fn in [("remove dir", lambda: os.remove(d)),
                 ("rmdir non-empty", lambda: os.rmdir(d)),
                 ("listdir file", lambda: os.listdir(os.path.join(d, "f.txt"))),
                 ("mkdir existing", lambda: os.mkdir(d))]:
    try:
        fn()
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror)
os.remove(os.path.join(d, "f.txt"))
os.rmdir(d)
print(os.path.exists(d))
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
print(issubclass(NotADirectoryError, OSError), issubclass(FileExistsError, OSError))
