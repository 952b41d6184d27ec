# OSError's constructor: errno, strerror, filename and the subclass an
# errno selects.
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e)
print(e.errno, e.strerror, e.filename, e.filename2, e.args)
print(repr(e))

for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999]:
    x = OSError(errno, "message")
    print(errno, type(x).__name__, x)

print(OSError("just text"), OSError("just text").errno)
print(OSError(), repr(OSError()))
print(OSError(1, 2, 3, 4, 5, 6).args)
e = OSError(13, "Permission denied", "a.txt", None, "b.txt")
print(e, e.filename2)
e = FileNotFoundError(2, "gone", "f")
print(type(e).__name__, e, e.errno)
e = FileNotFoundError("plain")
print(e, e.errno, e.strerror)
print(isinstance(OSError(2, "x"), FileNotFoundError))
print(issubclass(FileNotFoundError, OSError), issubclass(PermissionError, OSError))


class MyError(OSError):
    pass


m = MyError(2, "custom", "name")
print(type(m).__name__, m, m.errno, m.filename)

try:
    raise OSError(17, "File exists", "dir")
except FileExistsError as err:
    print("caught", type(err).__name__, err)

try:
    raise IsADirectoryError(21, "Is a directory", "/")
except OSError as err:
    print(type(err).__name__, err.errno, err)
print(IOError is OSError, EnvironmentError is OSError)
