from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(type(Color.RED), isinstance(Color.RED, Color), type(Color).__name__)
print(list(Color), len(Color), list(reversed(Color)))
print(Color(2), Color["BLUE"], Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED in Color, repr(Color), str(Color))
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[0])
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(f"{Color.RED}", "{}".format(Color.GREEN), format(Color.BLUE, ">12") + "|")
for c in Color:
    print(c.name.lower(), c.value * 10)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
print(bool(Color), bool(Color.RED), sorted(Color, key=lambda c: -c.value))
print(hash(Color.RED) == hash(Color.RED), Color.RED.__class__.__name__)
