try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
class BadStr:
    def __str__(self):
        raise ValueError("cannot stringify")
try:
    print("before", BadStr(), "after")
except ValueError as e:
    print("ValueError", e)
class NotStr:
    def __str__(self):
        return 42
try:
    print(NotStr())
except TypeError as e:
    print("TypeError", e)
