# the @ and @= operators (SPEC lists @=); __matmul__/__rmatmul__ are not in the dunder list
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a)
c = a
c @= b
print(c, a, c is a)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError", e)
try:
    x = 3
    x @= 4
except TypeError as e:
    print("TypeError", e)
