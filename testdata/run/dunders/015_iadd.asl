# __iadd__ is not in SPEC's list of honoured dunders; kept in its own file
class Inplace:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
i = Inplace()
same = i
i += "x"
i += "y"
print(i.items, i is same)
class Both:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Both(self.v + o)
    def __iadd__(self, o):
        self.v += o * 100
        return self
b = Both(1)
c = b + 1
b += 1
print(b.v, c.v)
