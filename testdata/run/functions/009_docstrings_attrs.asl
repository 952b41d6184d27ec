def documented(x):
    """Return x doubled."""
    return x * 2
def undocumented():
    return 1
print(documented.__doc__, undocumented.__doc__)
print(documented.__name__, documented(4))
def f(a, b=1, *c, d, e=2, **g):
    pass
print(f.__defaults__, f.__kwdefaults__)
f.custom = "attribute"
print(f.custom)
class K:
    """Class doc."""
    def m(self):
        """method doc"""
print(K.__doc__, K.m.__doc__, K.__name__)
