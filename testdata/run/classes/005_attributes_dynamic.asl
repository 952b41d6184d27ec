class Config:
    debug = False
c = Config()
print(hasattr(c, "debug"), hasattr(c, "verbose"), getattr(c, "verbose", "default"))
setattr(c, "verbose", True)
print(c.verbose, getattr(c, "verbose"))
delattr(c, "verbose")
print(hasattr(c, "verbose"))
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError", e)
for name in ["a", "b", "c"]:
    setattr(c, name, name.upper())
print(sorted(vars(c).items()))
print(getattr(Config, "debug"), getattr(1, "real"), getattr("s", "upper")())
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError", e)
