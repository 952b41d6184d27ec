# list subclasses
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([3, 1, 2])
print(s, repr(s), str(s), len(s), bool(s), bool(Stack()))
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
s.push(5)
s.sort()
print(s, s.peek(), s[1:3], s[::-1], 2 in s, 9 in s, s.index(3), s.count(1))
print(list(s), sorted(s, reverse=True), tuple(s), sum(s), max(s), min(s))
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
s[0] = 10
del s[1]
print(s, s == [10, 3, 5], s != [10, 3, 5], s < [11], s + [7], type(s + [7]).__name__)
s += [8, 9]
print(s, type(s).__name__)
s *= 2
print(s, type(s).__name__, len(s))
a, b, *rest = Stack([1, 2, 3, 4])
print(a, b, rest)
print(list(reversed(Stack([1, 2, 3]))))
print({"k": Stack([1, [2, Stack([3])]])})
print([Stack(), Stack("ab")])
s.label = "mine"
print(s.label, vars(s), s.__dict__)
print(", ".join(Stack(["x", "y"])))
print(Stack(range(3)) * 2, [0] + Stack([1]))

class Logged(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name
    def append(self, x):
        print("append", x)
        super().append(x)
    def __repr__(self):
        return f"Logged({self.name}, {super().__repr__()})"
lg = Logged([1, 2], "L")
lg.append(3)
print(lg, str(lg), len(lg), lg.name, [lg])
lg.extend([4])
print(lg)

class Sorted(list):
    def __getitem__(self, i):
        return "item" + str(super().__getitem__(i))
    def __len__(self):
        return 42
ss = Sorted([5, 6])
print(ss[0], len(ss), list(ss), ss)
