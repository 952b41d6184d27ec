class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)
    def __eq__(self, other):
        return self.rows == other.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A * B)
print(2 * A, A * 0.5, sep="\n")
print(A.transpose(), repr(A.transpose()))
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).det())
F = Matrix([[1, 1], [1, 0]])
print((F ** 10).rows, (F ** 90).rows[0][1])
print(A * Matrix.identity(2) == A, Matrix.identity(3))
try:
    A * Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
