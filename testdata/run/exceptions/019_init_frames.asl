# Exception classes with their own __init__.
class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.total = a + b


class WithSuper(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class Bad(Exception):
    def __init__(self):
        return 5


class Raises(Exception):
    def __init__(self, x):
        raise KeyError(x)


e = NoSuper(1, b=5)
print(e.args, e.total, str(e), repr(e))
try:
    raise NoSuper(3)
except NoSuper as err:
    print("caught", err.args, err.total)
w = WithSuper("boom", 7)
print(w.args, w.code, str(w), repr(w), isinstance(w, ValueError))
try:
    Bad()
except TypeError as err:
    print(err)
try:
    Raises("k")
except KeyError as err:
    print("KeyError", err)
try:
    NoSuper()
except TypeError as err:
    print(err)
print("%r at %d" % ("x'y", 3), "%s-%r" % ("a", "b"))
