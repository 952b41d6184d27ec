class P:
    k = "class"
    def __init__(self, order):
        for n in order:
            setattr(self, n, n * 2)
    def get(self):
        return (self.a, self.b, getattr(self, "c", None), self.k)
    def bump(self):
        self.a = self.a + "!"
        self.b += "?"
        return self
objs = [P("ab"), P("ba"), P("abc"), P("cba"), P("bca")]
for _ in range(3):
    for o in objs:
        print(o.get(), o.bump().get())
o = objs[0]
del o.a
try:
    o.get()
except AttributeError as e:
    print(e)
o.a = "new"
print(o.get())
o.k = "mine"
print(o.get(), P.k)
del o.k
print(o.get())
class Q(P):
    def __init__(self):
        super().__init__("ab")
        self.extra = 1
qs = [Q() for _ in range(3)]
for q in qs:
    q.bump()
    print(q.get(), q.extra, vars(q))
s = super(Q, qs[0])
print(type(s).__name__, s.get())
