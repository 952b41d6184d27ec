class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ (no __iadd__, so += uses this)")
        return Acc(self.v + o)
    def __mul__(self, o):
        return Acc(self.v * o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
a *= 3
print(a, orig, a is orig)
