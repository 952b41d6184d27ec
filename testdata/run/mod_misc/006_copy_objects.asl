# copying objects: instances, subclasses of builtins, and memo sharing
import copy


class Config:
    def __init__(self, name, options):
        self.name = name
        self.options = options

    def __repr__(self):
        return "Config(%r, %r)" % (self.name, self.options)


base = Config("base", {"debug": False, "paths": ["/a"]})
c1 = copy.copy(base)
c2 = copy.deepcopy(base)
c1.options["debug"] = True
c2.options["paths"].append("/b")
c1.name = "c1"
print(base)
print(c1)
print(c2)
print(type(c2) is Config, c2.options is not base.options)


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1, [2, 3]])
s2 = copy.deepcopy(s)
s2[1].append(4)
print(type(s2).__name__, s2, s, s2.peek())
s3 = copy.copy(s)
print(type(s3).__name__, s3[1] is s[1])


class Registry(dict):
    pass


r = Registry(a=[1])
r2 = copy.deepcopy(r)
r2["a"].append(2)
print(type(r2).__name__, r, r2)

# one memo shares objects across the whole deep copy
shared = {"k": 1}
pair = {"left": shared, "right": [shared, shared]}
cp = copy.deepcopy(pair)
print(cp["left"] is cp["right"][0] is cp["right"][1], cp["left"] is shared)

memo = {}
a = copy.deepcopy(shared, memo)
b = copy.deepcopy(shared, memo)
print(a is b, a == shared)

# graph with cycles between instances
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []


x, y = Vertex("x"), Vertex("y")
x.edges.append(y)
y.edges.append(x)
gx = copy.deepcopy(x)
print(gx.name, gx.edges[0].name, gx.edges[0].edges[0] is gx, gx is not x)
print(copy.copy([1, 2]) == [1, 2], copy.copy({1, 2}) == {1, 2}, copy.deepcopy(None))
