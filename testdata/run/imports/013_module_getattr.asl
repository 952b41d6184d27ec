# Module attributes: __getattr__ of a module, missing attributes, setting them.
import lazy_mod
print(lazy_mod.eager, lazy_mod.lazy_thing)
try:
    lazy_mod.other
except AttributeError as e:
    print("AttributeError:", e)
import counter_mod
try:
    counter_mod.nothing
except AttributeError as e:
    print("AttributeError:", e)
counter_mod.extra = "set from main"
import counter_mod as cm
print(cm.extra, hasattr(cm, "bump"), getattr(cm, "missing", "default"))
del counter_mod.extra
print(hasattr(cm, "extra"))
print(type(cm).__name__, repr(cm).startswith("<module 'counter_mod' from"))
from lazy_mod import lazy_value
print(lazy_value)
