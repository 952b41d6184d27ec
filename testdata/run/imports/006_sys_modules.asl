# sys.modules: the table of imported modules, which a program may change.
import sys
import mod_basic
print("mod_basic" in sys.modules, sys.modules["mod_basic"] is mod_basic, sys.modules["sys"] is sys)
del sys.modules["mod_basic"]
import mod_basic as again
print(again is mod_basic, again.X)
sys.modules["fake_module"] = "anything"
import fake_module
print(fake_module)
print("__main__" in sys.modules, sys.modules["__main__"].__name__)
