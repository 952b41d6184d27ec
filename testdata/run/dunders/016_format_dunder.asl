# __format__ is not in SPEC's list of honoured dunders; kept in its own file
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return format(str(self), spec)
p = P(3, 4)
print(f"{p:polar}", f"[{p:>12}]", format(p, "<10") + "|", "{0:polar} {0:*^10}".format(p))
