# An OSError subclass whose __init__ passes errno and strerror on to
# OSError's: the attributes and str() follow, as when OSError makes them.
class ConnectFailed(OSError):
    def __init__(self, host):
        super().__init__(111, f"Connect call failed {host!r}")
        self.host = host


class Missing(OSError):
    def __init__(self, path):
        super().__init__(2, "No such file or directory", path)


class Plain(ValueError):
    def __init__(self):
        super().__init__("a", "b")


e = ConnectFailed("db")
print(e.errno, e.strerror, e.host, e.args)
print(str(e))
print(isinstance(e, ConnectionRefusedError), isinstance(e, OSError))
m = Missing("/nowhere")
print(m.errno, m.filename, m.args)
print(str(m))
try:
    raise m
except OSError as x:
    print(type(x).__name__, x)
print(Plain().args)


class Coded(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


c = Coded("bad", 3)
print(c.args, c.code, str(c))
