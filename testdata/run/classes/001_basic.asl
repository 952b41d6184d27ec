class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = p.moved(3, 4)
print(p.x, p.y, q.x, q.y, p.dist2(q), Point.dist2(p, q))
print(p.dims, Point.dims, type(p).__name__, type(p) is Point, isinstance(p, Point))
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 4
print(p.dims, q.dims)
print(sorted(vars(p)), vars(q))
print(Point.__name__, p.__class__.__name__, type(Point).__name__)
