print(1, 1.0, -0.0, 1e100, 10 ** 20, True, None, "s", b"b")
print([1, "a", 2.5], (1,), (), {}, {"a": [1, {"b": None}]}, set(), {1})
print(range(3), slice(1, 2), ..., NotImplemented)
print(int, len, print.__name__)
print("tab\tand\nnewline")
print(repr("tab\tand\nnewline"))
print("unicode: ñ ü 日本 😀")
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 7.0, 1e-7, 123456789.123456789)
print(str(12), repr(12), str("12"), repr("12"))
class Custom:
    def __str__(self):
        return "Custom-str"
print(Custom(), [str(Custom())])
