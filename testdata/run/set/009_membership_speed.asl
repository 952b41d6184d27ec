allowed = set(range(0, 1000, 7))
hits = [n for n in range(100) if n in allowed]
print(hits, len(allowed))
s = set()
for i in range(50):
    s.add(i * i % 50)
print(sorted(s), len(s))
print(min(s), max(s), sum(s), sorted(s, reverse=True)[:5])
print(any(x > 45 for x in s), all(x >= 0 for x in s))
lookup = set("abcdefghijklmnopqrstuvwxyz")
print(sum(1 for ch in "hello, world!" if ch in lookup), "q" in lookup, "Q" in lookup)
