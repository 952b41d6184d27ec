class Cfg:
    level = 1
    def __init__(self):
        self.name = "cfg"
c = Cfg()
print(getattr(c, "name"), getattr(c, "level"), getattr(c, "missing", None), getattr(Cfg, "level"))
setattr(c, "level", 5)
print(c.level, Cfg.level)
setattr(Cfg, "added", "class attr")
print(c.added, hasattr(c, "added"), hasattr(Cfg, "name"))
delattr(c, "level")
print(c.level)
delattr(Cfg, "added")
print(hasattr(c, "added"))
print(getattr([], "append").__name__, getattr("abc", "upper")(), getattr(5, "bit_length")())
for name in ["name", "level", "nope"]:
    print(name, hasattr(c, name))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
