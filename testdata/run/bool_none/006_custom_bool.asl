class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Both()), bool(Plain()))
print(not Empty(), len(Full()))
if Flag(False):
    print("no")
else:
    print("else branch")
r = Flag(True) and "and-result"
print(r)
print([x for x in [Empty(), Full(), Empty()] if x].__len__())
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
