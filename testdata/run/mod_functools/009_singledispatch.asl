# singledispatch: generic functions chosen by the first argument's type.
from functools import singledispatch

@singledispatch
def describe(obj):
    return "object: %r" % (obj,)

@describe.register(int)
def _(n):
    return "int %d (%s)" % (n, "even" if n % 2 == 0 else "odd")

@describe.register(list)
@describe.register(tuple)
def _(seq):
    return "sequence of %d: %s" % (len(seq), ", ".join(describe(x) for x in seq))

def describe_str(s):
    return "str %r of length %d" % (s, len(s))

describe.register(str, describe_str)

class Animal:
    pass

class Dog(Animal):
    def __repr__(self):
        return "Dog()"

@describe.register(Animal)
def _(a):
    return "an animal: " + type(a).__name__

for value in [7, 8, True, "hi", [1, "a"], (2.5,), 3.5, None, Dog(), Animal.__name__]:
    print(describe(value))

print(describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(float) is describe.dispatch(object))
print(describe.dispatch(Dog).__name__, describe.dispatch(str).__name__)
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)

try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(5)
except TypeError as e:
    print("TypeError", str(e)[:40])

@singledispatch
def to_json(x):
    raise TypeError("cannot encode %s" % type(x).__name__)

@to_json.register(str)
def _(s):
    return '"' + s + '"'

@to_json.register(bool)
def _(b):
    return "true" if b else "false"

@to_json.register(int)
@to_json.register(float)
def _(n):
    return repr(n)

@to_json.register(type(None))
def _(n):
    return "null"

@to_json.register(dict)
def _(d):
    return "{" + ", ".join(to_json(k) + ": " + to_json(v) for k, v in d.items()) + "}"

@to_json.register(list)
def _(items):
    return "[" + ", ".join(map(to_json, items)) + "]"

print(to_json({"name": "asl", "tags": ["a", "b"], "ok": True, "n": 3, "x": 1.5, "none": None}))
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError", e)
