for v in ["abc", [1, 2], (1,), {"a": 1}, {1, 2, 3}, b"xy", range(7), frozenset()]:
    print(type(v).__name__, len(v))
print(type(1), type(1.0), type("s"), type(None), type(print), type(type))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", (list, tuple, str)), isinstance([], (dict, set)), isinstance(None, type(None)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (str, A)), issubclass(A, A))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(type(3) == int, type(True) == int, type(True) is bool)
