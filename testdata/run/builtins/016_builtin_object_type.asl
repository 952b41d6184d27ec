print(type("x") is str, type(int) is type, type(type(1)).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, type(None).__name__)
print(object.__name__, type(object()).__name__, issubclass(type, object))
T = type(5)
print(T("42") + 1, type([])("ab"), type({})(a=1), type(())([1]))
print([type(x).__name__ for x in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), print, len, ...]])
print(int, str, list, type, object, bool, float, dict, tuple, set, bytes, range)
print(ZeroDivisionError, type(ValueError()).__name__, KeyError.__name__)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    return type(x).__name__
print([kind(x) for x in [True, 1, 2.5, "s", b"b", [], None]])
