class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
try:
    print(p.z)
except AttributeError as e:
    print("caught:", e)
print(p.x + "1")
