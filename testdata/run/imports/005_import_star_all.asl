# from m import * takes __all__ when the module has one.
from mod_all import *
print(public, _listed)
try:
    print(unlisted)
except NameError as e:
    print(e)
try:
    from mod_badall import *
except AttributeError as e:
    print("AttributeError", e)
print(present)
