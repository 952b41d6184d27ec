def inner():
    raise KeyError("deep")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
def convert():
    try:
        inner()
    except KeyError as e:
        err = e
    raise err
try:
    convert()
except KeyError as e:
    print("re-raised stored", e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("bare raise keeps the handled exception:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
