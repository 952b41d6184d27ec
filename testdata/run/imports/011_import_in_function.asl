# Imports inside functions and conditions, fallbacks for missing modules.
def load():
    import counter_mod
    from counter_mod import bump
    bump("inside")
    return counter_mod.count


print(load(), load())
try:
    import fast_json_that_does_not_exist as jsonlib
except ImportError:
    import json as jsonlib
print(jsonlib.__name__, jsonlib.dumps({"a": 1}))
if True:
    from math import sqrt as root
print(root(16))


def lazy(name):
    mod = __import__(name)
    return mod.__name__


print(lazy("string"), lazy("counter_mod"))
