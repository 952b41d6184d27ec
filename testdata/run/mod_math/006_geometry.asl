# a small geometry toolkit using math
import math


def polygon_area(points):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def perimeter(points):
    return math.fsum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))


def angle_deg(a, b, c):
    v1 = (a[0] - b[0], a[1] - b[1])
    v2 = (c[0] - b[0], c[1] - b[1])
    cos = (v1[0] * v2[0] + v1[1] * v2[1]) / (math.hypot(*v1) * math.hypot(*v2))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


shapes = {
    "unit square": [(0, 0), (1, 0), (1, 1), (0, 1)],
    "triangle 3-4-5": [(0, 0), (4, 0), (0, 3)],
    "hexagon": [(math.cos(k * math.pi / 3), math.sin(k * math.pi / 3)) for k in range(6)],
}
for name, pts in shapes.items():
    print("%-15s area=%.6f perimeter=%.6f" % (name, polygon_area(pts), perimeter(pts)))

tri = shapes["triangle 3-4-5"]
angles = [angle_deg(tri[i - 1], tri[i], tri[(i + 1) % 3]) for i in range(3)]
print([round(a, 4) for a in angles], round(sum(angles), 9))

# circles and the approximation of pi by polygons
for n in (6, 12, 96, 10000):
    approx = n * math.sin(math.pi / n)
    print(n, "%.10f" % approx, "%.2e" % (math.pi - approx))

# polar and cartesian
for r, theta in [(1, 0), (2, math.pi / 2), (math.sqrt(2), math.pi / 4)]:
    x, y = r * math.cos(theta), r * math.sin(theta)
    print(round(x, 12), round(y, 12), round(math.hypot(x, y), 12), round(math.atan2(y, x), 12))

print(math.dist((1, 2, 3), (1, 2, 3)), math.hypot(*[3] * 4))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
