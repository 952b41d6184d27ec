class Shape:
    instances = 0
    def __init__(self, name):
        self.name = name
        Shape.instances += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __str__(self):
        return f"{self.name} area={self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
shapes = [Rect(2, 3), Circle(1), Square(4)]
for s in shapes:
    print(s)
print(Shape.instances, sum(s.area() for s in shapes))
print(sorted(shapes, key=lambda s: s.area())[0].name)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError", e)
