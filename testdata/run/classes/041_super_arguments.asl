# super() with explicit arguments, good and bad.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return super(B, self).f() + "B"


print(B().f(), super(B, B()).f())
for args in ((B, ()), (B, 5), (5, B()), (A, B)):
    try:
        s = super(*args)
        print("made", type(s).__name__)
    except TypeError as e:
        print("TypeError", e)


class Tag(str):
    def __new__(cls, v):
        return super(cls, ())


try:
    Tag("x").upper
except TypeError as e:
    print(e)
