class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("Name"): 1}
d[Key("NAME")] = 2
d[Key("other")] = 3
print(d, len(d))
s = {Key("a"), Key("A"), Key("b")}
print(len(s), Key("B") in s)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
print(NoHash() == 5, NoHash.__hash__)
class Default:
    pass
x = Default()
print({x: 1}[x], x == x, x == Default())
