matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
diagonal = [matrix[i][i] for i in range(len(matrix))]
flattened = [x for row in matrix for x in row if x % 2 if x > 2]
lookup = {(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row)}
inverse = {v: k for k, v in lookup.items()}
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words if len(w) > 3}
letters = {c for w in words for c in w if c not in "aeiou"}
grouped = {
    k: [w for w in words if w[0] == k]
    for k in sorted({w[0] for w in words})
}
pairs = [
    (a, b)
    for a in range(5)
    if a % 2 == 0
    for b in range(a)
    if (a + b) % 3 == 0
]
nested_gen = sum(sum(x for x in row) for row in matrix)
cond = [x if x % 2 else -x for x in range(10) if x]
tuples = [(i, j, k) for i, (j, k) in enumerate(zip("ab", "cd"))]
