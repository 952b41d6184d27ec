class P(int):
    pass
class U(str):
    pass
class L(list):
    pass
class D(dict):
    pass
class F(float):
    pass
p, u, l, d, f = P(3), U("ab"), L([1, 2]), D(a=1), F(2.5)
print("%d %s %r %5.1f %x" % (p, u, u, f, p), "%(a)s" % d, "{:d} {} {!r} {:.2f}".format(p, u, l, f))
print(*l, sep="|")
def g(*a, **k):
    return a, k
print(g(*l, **d), list(zip(l, u)), list(map(str, l)), list(enumerate(u)))
print(min(l, key=lambda v: -v), sorted(D(b=1, a=2).items()), any(l), all(L()), set(l), frozenset(u) == frozenset("ab"))
print(u.format(), U("{}-{}").format(1, 2), u.replace("a", "z"), u.center(6, "*"), u.zfill(4), u.title(), ord(U("a")), chr(P(65)))
print(p.__class__.__name__, l.__class__, isinstance(f, float), float(f) + 0, int(U("12")) + 1, float(U("1.5")))
print(str(l), repr(d), "ab" == u, u != "ab", l is l, id(l) == id(l))
x = L([3, 1, 2])
x.sort(key=lambda v: v)
x.reverse()
print(x, x.pop(0), x.insert(0, 9), x, x.clear(), x, len(x))
print([i * 2 for i in L([1, 2])], {k: v for k, v in D(z=1).items()}, dict.fromkeys(L("ab")), D.fromkeys("ab"))

class U(str):
    def __str__(self):
        return self
    def __repr__(self):
        return U("U:" + self)
class N(int):
    pass
class Box:
    def __len__(self):
        return N(3)
    def __str__(self):
        return U("box")
print(U("a"), repr(U("b")), [U("c")], len(Box()), str(Box()), Box())
class L(list):
    pass
l = L([1])
l.append(l)
print(l, repr(l))
class D(dict):
    pass
dd = D(a=1)
dd["self"] = dd
print(dd)
