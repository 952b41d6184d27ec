class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Positive(-7), Positive(3) + 1, isinstance(Positive(1), int), type(Positive(2)).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def get_or_make(self, k):
        if k not in self:
            self[k] = self.factory()
        return self[k]
d = DefaultDict(list)
d.get_or_make("a").append(1)
d.get_or_make("a").append(2)
d.get_or_make("b")
print(d, len(d), sorted(d))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", len(u), isinstance(u, str))
