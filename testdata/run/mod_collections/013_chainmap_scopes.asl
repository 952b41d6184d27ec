# Nested variable scopes of a tiny interpreter, with ChainMap.
from collections import ChainMap

program = [
    ("set", "x", 1),
    ("set", "y", 2),
    ("enter",),
    ("set", "x", 10),
    ("print", "x"),
    ("print", "y"),
    ("enter",),
    ("set", "z", 100),
    ("print", "x"),
    ("dump",),
    ("leave",),
    ("print", "z"),
    ("leave",),
    ("print", "x"),
    ("dump",),
    ("leave",),
]

scope = ChainMap()
depth = 0
for step in program:
    op = step[0]
    if op == "set":
        scope[step[1]] = step[2]
    elif op == "print":
        name = step[1]
        try:
            print("  " * depth + "%s = %r" % (name, scope[name]))
        except KeyError:
            print("  " * depth + "NameError: %s" % name)
    elif op == "enter":
        scope = scope.new_child()
        depth += 1
    elif op == "leave":
        if depth == 0:
            print("cannot leave the global scope")
            continue
        scope = scope.parents
        depth -= 1
    elif op == "dump":
        print("  " * depth + "scopes:", scope.maps)
        print("  " * depth + "visible:", sorted(scope.items()))

settings = ChainMap({}, {"theme": "dark"}, {"theme": "light", "font": 12, "lang": "en"})
settings["font"] = 14
print(settings["theme"], settings["font"], settings.maps)
print(sorted(settings), len(settings))
print(list(ChainMap({"b": 1}, {"a": 2, "b": 3}, {"c": 4, "a": 5})))
