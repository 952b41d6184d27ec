class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
try:
    Node().length()
except RecursionError as e:
    print("cyclic structure:", type(e).__name__)
class Weird:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Weird().foo
except RecursionError as e:
    print("__getattr__ loop:", type(e).__name__)
class R:
    def __repr__(self):
        return "R(" + repr(self) + ")"
try:
    repr(R())
except RecursionError as e:
    print("__repr__ loop:", type(e).__name__)
