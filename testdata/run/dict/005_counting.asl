text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
letters = {}
for ch in text.replace(" ", ""):
    if ch not in letters:
        letters[ch] = 0
    letters[ch] += 1
print(sorted(letters.items())[:8])
print(len(letters), max(letters.values()))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
for n in sorted(groups):
    print(n, groups[n])
