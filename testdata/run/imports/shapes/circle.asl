from .geometry.consts import PI
from .base import Shape


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(PI * self.r * self.r, 3)
