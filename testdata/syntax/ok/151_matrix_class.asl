class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix(
            [[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
             for i in range(self.n)]
        )

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result @= base
            base @= base
            e >>= 1
        return result

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        w = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(f"{v:>{w}}" for v in row) for row in self.rows)


fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], fib.T @ fib)
