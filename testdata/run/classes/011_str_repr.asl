class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", "%s %r" % (m, m), "{} {!r}".format(m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at "))
