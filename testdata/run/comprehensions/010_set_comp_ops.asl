a = {x for x in range(10) if x % 2 == 0}
b = {x for x in range(10) if x % 3 == 0}
print(sorted(a), sorted(b), sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print({x for x in a if x < 8} - {0}, {x % 5 for x in b})
words = "one two three two one four".split()
print(sorted({w for w in words}), len({w for w in words}))
print(sorted({(len(w), w) for w in words}))
print({c for c in "mississippi" if c in "ms"} == {"m", "s"})
print(sorted({x * y for x in range(4) for y in range(4)}))
squares = {n * n for n in range(3)}
print(squares, 4 in squares, len({0 for _ in range(100)}))
