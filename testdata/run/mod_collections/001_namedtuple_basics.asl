# namedtuple: construction, field access, tuple behaviour, repr.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p)
print(p.x, p.y, p[0], p[1], p[-1], len(p))
print(Point, type(p), Point.__name__, Point.__module__)
print(Point._fields, Point._field_defaults)
print(Point.__doc__)

# Keyword construction and mixing.
print(Point(y=4, x=3), Point(5, y=6))

# Unpacking and iteration.
x, y = p
print(x, y, list(p), tuple(p), [v * 10 for v in p])

# Comparison and hashing: plain tuple semantics.
print(p == (1, 2), p != (2, 1), p < Point(1, 3), Point(2, 0) > p)
print(hash(p) == hash((1, 2)), {p: "here"}[(1, 2)])
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
print(isinstance(p, tuple), isinstance(p, Point))

# Tuple operations give plain tuples.
print(p + (3,), p * 2, p[::-1], p.count(1), p.index(2))
print(3 in p, 2 in p)

# Field names as a list, or a string with commas.
Color = namedtuple("Color", ["red", "green", "blue"])
Size = namedtuple("Size", "width, height")
print(Color(255, 128, 0), Size(640, 480))
print(Color._fields, Size._fields)

# repr uses repr of the values.
print(repr(Point("a", [1, 2])), str(Point(None, 1.5)))

# Field properties are read-only.
try:
    p.x = 10
except AttributeError:
    print("AttributeError on assignment")

# Empty namedtuple.
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
