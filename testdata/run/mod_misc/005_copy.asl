# copy and deepcopy of nested, shared and cyclic structures
import copy

orig = {"nums": [1, 2, [3, 4]], "name": "x", "t": (1, [2])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["nums"][2].append(5)
orig["t"][1].append(3)
orig["name"] = "y"
print(shallow)
print(deep)
print(shallow["nums"] is orig["nums"], deep["nums"] is orig["nums"])

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
print(copy.deepcopy((1, [2])) == (1, [2]))
s = "str"
print(copy.deepcopy(s) is s, copy.copy(42) == 42)

# shared references stay shared in a deep copy
inner = [0]
outer = [inner, inner]
d = copy.deepcopy(outer)
print(d[0] is d[1], d[0] is inner)

# cycles
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
m = {"self": None}
m["self"] = m
m2 = copy.deepcopy(m)
print(m2["self"] is m2)

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return "Node(%r, %r)" % (self.value, self.children)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
print(tree)
print(t2)
t3 = copy.copy(tree)
print(t3.children is tree.children, type(t3).__name__)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))

x = Tracked([1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.v is x.v, z.v is x.v, z.v == x.v)
print(copy.deepcopy([x, x])[0].v)

sets = {"a": {1, 2}, "f": frozenset([3])}
sc = copy.deepcopy(sets)
sets["a"].add(9)
print(sorted(sc["a"]), sc["f"])
