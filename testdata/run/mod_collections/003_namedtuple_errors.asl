# namedtuple's errors: bad names, rename=True, wrong argument counts.
from collections import namedtuple

bad = [
    ("1abc", "x"),
    ("P", "x 2y"),
    ("P", "x class"),
    ("def", "x"),
    ("P", "x _y"),
    ("P", "x y x"),
    ("P", "a-b"),
    ("P", ["ok", ""]),
]
for typename, fields in bad:
    try:
        namedtuple(typename, fields)
    except ValueError as e:
        print("ValueError", e)

try:
    namedtuple("P", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError", e)

R = namedtuple("R", "abc, def, ghi, _x, abc, 9z", rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))

Point = namedtuple("Point", "x y")
calls = [(), (1,), (1, 2, 3)]
for args in calls:
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError", e)

Three = namedtuple("Three", "a b c")
try:
    Three()
except TypeError as e:
    print("TypeError", e)
Opt = namedtuple("Opt", "a b c", defaults=[0])
try:
    Opt(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    Opt()
except TypeError as e:
    print("TypeError", e)

try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2)._replace(z=3)
except ValueError as e:
    print("ValueError", e)
try:
    Point(1, 2).z
except AttributeError as e:
    print("AttributeError", e)
Empty = namedtuple("Empty", [])
try:
    Empty(1)
except TypeError as e:
    print("TypeError", e)
M = namedtuple("M", "a", module="geometry")
print(M, M.__module__)
