# Multiple inheritance: C3 order, cooperative super(), mixins, errors.
class A:
    def __init__(self, **kw):
        print("A.__init__", sorted(kw))
        super().__init__()
    def who(self):
        return "A"


class B(A):
    def __init__(self, b=0, **kw):
        print("B.__init__", b)
        self.b = b
        super().__init__(**kw)
    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self, c=0, **kw):
        print("C.__init__", c)
        self.c = c
        super().__init__(**kw)
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D(b=1, c=2, extra=3)
print(d.who(), d.b, d.c)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.__bases__], D.__base__.__name__)
print(isinstance(d, C), issubclass(D, A), issubclass(C, B))


class Comparable:
    def __lt__(self, other):
        return self.key() < other.key()
    def __eq__(self, other):
        return self.key() == other.key()
    __hash__ = None


class Printable:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Version(Printable, Comparable):
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(Version(1, 0) == Version(1, 0), Version(2, 0) < Version(1, 5))
print([k.__name__ for k in Version.__mro__])


class JSONMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Tagged(JSONMixin, dict):
    pass


t = Tagged(a=1)
t.name = "x"
print(t, t.to_dict(), len(t), isinstance(t, dict))


class AppError(JSONMixin, ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise AppError("bad input", 42)
except ValueError as e:
    print(type(e).__name__, e, e.to_dict(), e.args)

for bases in [(int, str), (A, A), (list, dict)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", e)


class P: pass
class Q(P): pass


try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)


class X(Q, P): pass
print([k.__name__ for k in X.__mro__])


class Left:
    tag = "left"
class Right:
    tag = "right"
    other = "right-only"
class Both(Left, Right):
    pass
print(Both.tag, Both.other, Both().tag)
Left.tag = "changed"
print(Both.tag)
del Left.tag
print(Both.tag)
