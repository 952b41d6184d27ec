# A package __init__ re-exporting names of its submodules, nested packages
# with relative imports going up a level, from package import *.
import shapes
print(shapes.make("square", 3), shapes.make("circle", 1))
print(shapes.Circle.__module__, shapes.Square.__module__, shapes.geometry.__name__)
print(shapes.geometry.BaseShape is shapes.base.Shape)
print(sorted(k for k in vars(shapes) if not k.startswith("__")))
from shapes import *
print(Circle(2), Square(2), make.__name__)
print("geometry" in dir(), "base" in dir())
import shapes.geometry.consts as c
print(c.PI, c.__name__, c.__package__)
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
