class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
p = P(3, 4)
print(p, repr(p), f"{p}", f"{p!r}", f"[{p!s:>12}]", format(str(p), "<10") + "|")
print("{0} {0!r} {0!s:^10}".format(p), str([p]), repr("s"), repr(P("a", 1.5)))
print(f"[{p:}]", format(p), "{}".format(p))
try:
    format(p, ">10")
except TypeError as e:
    print("TypeError", e)
