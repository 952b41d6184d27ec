words = ["apple", "bob", "kayak", "level", "python", "noon"]
print({w: len(w) for w in words})
print({w: w == w[::-1] for w in words if len(w) > 3})
print({i: i * i for i in range(6)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)}, {len(w) for w in words})
print(sorted({w[0] for w in words}))
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
nested = {k: {kk: kk * 2 for kk in range(k)} for k in range(3)}
print(nested)
print({k: v for k, v in zip("abc", range(3)) if v})
