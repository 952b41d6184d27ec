# json.dumps: default=, skipkeys, allow_nan and CPython's errors.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(0, -1)}, default=encode_point, indent=2))
print(json.dumps({"b": 1, (1, 2): 3, "a": 2}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))

for bad in [Point(1, 1), {1, 2}, b"bytes", {(1, 2): 3}, [1, object]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])

try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)

try:
    json.dumps(Point(1, 2), default=encode_point, bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([Point(1, 2)], default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared]))
