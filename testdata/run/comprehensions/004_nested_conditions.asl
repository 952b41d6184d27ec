pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
grid = ["#.#", "..#", "#.."]
coords = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"]
print(coords)
print(["even" if n % 2 == 0 else "odd" for n in range(4) if n])
print([[c * r for c in range(1, 4)] for r in range(1, 4)])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
