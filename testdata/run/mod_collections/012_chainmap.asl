# ChainMap: lookups through the maps, writes to the first one.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["color"], cm["user"], cm["debug"], len(cm))
print(list(cm), list(cm.keys()), list(cm.values()))
print(list(cm.items()))
print(cm.get("missing"), cm.get("missing", 0), "user" in cm, "nope" in cm)
print(dict(cm), bool(cm), bool(ChainMap()), ChainMap())

cm["color"] = "blue"
print(cli, defaults["color"])
del cm["color"]
print(cli, cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["absent"]
except KeyError as e:
    print("KeyError", e)
try:
    cm.pop("user")
except KeyError as e:
    print("KeyError", e)
print(cm.pop("debug"), cm.pop("debug", "none"), cm.maps[0])
try:
    cm.popitem()
except KeyError as e:
    print("KeyError", e)

child = cm.new_child()
child["x"] = 1
print(child, child.maps[0], child.parents == cm)
print(cm.new_child({"y": 2}), cm.new_child(z=3))
print(cm.parents, cm.parents.parents)
print(cm.keys(), len(cm.items()))
print(cm.setdefault("user", "x"), cm.setdefault("k", "v"), cm.maps[0])
cm.update({"a": 1}, b=2)
print(cm.maps[0])
print(cm == {"k": "v", "a": 1, "b": 2, "user": "admin", "color": "red", "debug": False})
cp = cm.copy()
cp["only"] = True
print("only" in cm, "only" in cp, cp.maps[1] is cm.maps[1])
print(ChainMap.fromkeys("ab", 0))
try:
    hash(cm)
except TypeError as e:
    print("TypeError", e)
