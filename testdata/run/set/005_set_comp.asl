sq = {x * x % 7 for x in range(20)}
print(sq, sorted(sq))
evens = {x for x in range(8) if x % 2 == 0}
print(evens, 4 in evens)
lens = {len(w) for w in ["a", "bb", "cc", "ddd"]}
print(lens)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
chars = {c.lower() for c in "Hello World" if c.isalpha()}
print(sorted(chars), len(chars))
