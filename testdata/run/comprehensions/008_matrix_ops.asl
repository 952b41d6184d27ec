A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
def matmul(X, Y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*Y)] for row in X]
print(matmul(A, B))
print(matmul(B, A))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, matmul(I, [[1], [2], [3]]))
T = [list(col) for col in zip(*A)]
print(T)
print([[x * 10 for x in row] for row in A])
print(sum(x for row in A for x in row), max(max(row) for row in B))
