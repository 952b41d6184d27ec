d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    d[0]
except LookupError as e:
    print(type(e).__name__, isinstance(e, LookupError), e)
