o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), isinstance(None, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
class E:
    pass
e1, e2 = E(), E()
print(e1 == e1, e1 == e2, e1 != e2, e1 is e1)
print(type(E) is type, type(type), type(E()).__name__, E.__name__, E.__qualname__)
print(issubclass(E, object), issubclass(bool, int), issubclass(int, object))
print([t.__name__ for t in (int, str, list, dict, type(None), type(len))])
def f():
    class Local:
        pass
    return Local
print(f().__name__, f().__qualname__)
