# Instance attributes: order, __dict__, deletion, shadowing, many names.
class P:
    kind = "class attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(a.__dict__, b.__dict__, vars(a))
c = P(0, 0)
c.y, c.x = 9, 8
print(c.__dict__)
print(a.kind, hasattr(a, "z"), hasattr(b, "z"), getattr(a, "w", "none"))
a.kind = "own"
print(a.kind, b.kind, P.kind)
del a.kind
print(a.kind)
d = a.__dict__
d["late"] = 1
print(a.late, a.__dict__)
a.after = 2
print(d)
del b.x
print(b.__dict__)
try:
    print(b.x)
except AttributeError as e:
    print(e)
try:
    del b.x
except AttributeError as e:
    print(e)
b.x = 11
print(b.__dict__)
print(a.m())
a.m = lambda: "instance"
print(a.m(), b.m(), c.m())
del a.m
print(a.m())
many = P(0, 0)
for i in range(60):
    setattr(many, "a%d" % i, i)
print(len(vars(many)), many.a59, list(vars(many))[:4])
objs = []
for i in range(300):
    o = P(i, i)
    setattr(o, "u%d" % i, i)
    objs.append(o)
print(sum(getattr(o, "u%d" % i) for i, o in enumerate(objs)), objs[299].__dict__)
for o in objs[:3]:
    o.x += 100
print([o.x for o in objs[:4]])


class Slotless:
    pass


s = Slotless()
print(s.__dict__)
s.__dict__["q"] = 1
print(s.q)


def build(n):
    out = []
    for i in range(n):
        o = Slotless()
        if i % 2:
            o.a = i
            o.b = -i
        else:
            o.b = -i
            o.a = i
        out.append(o)
    return out


objs = build(6)
print([(o.a, o.b) for o in objs], [list(vars(o)) for o in objs[:2]])
