# A folder without __init__ is a namespace package.
import ns_pkg.part.mod
print(ns_pkg.part.mod.VALUE)
from ns_pkg.part import mod
print(mod is ns_pkg.part.mod, mod.__name__)
print(hasattr(ns_pkg, "__file__") and ns_pkg.__file__ is not None)
print(type(ns_pkg).__name__, ns_pkg.__name__)
