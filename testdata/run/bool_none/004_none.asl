x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x is not None, x == None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
r = [].sort()
print(r, print("side effect") is None)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    n = None
    n[0]
except TypeError as e:
    print("TypeError", e)
print([None] * 3, {None: None}, (None,), None in [1, None])
