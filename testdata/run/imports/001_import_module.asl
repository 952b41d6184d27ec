# import m, import m as n, from m import a, b as c, from m import *: each module runs once.
import mod_basic
import mod_basic as mb
from mod_basic import f, X as Y
print(__name__, mod_basic.__name__, mb is mod_basic, f(2), Y)
print(mod_basic.Thing(), type(mod_basic).__name__)
from mod_basic import *
print(X, f(1), "_hidden" in globals(), Thing)
import mod_basic
print(mod_basic.X)
