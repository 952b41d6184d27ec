TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() or c.isspace() else " " for c in text)
    return cleaned.split()
ws = words(TEXT)
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))
print("lines:", len(TEXT.splitlines()), "words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print(f"{w:>10} {n:3d} {'*' * n}")
lengths = {}
for w in ws:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
avg = sum(len(w) for w in ws) / len(ws)
print(f"average word length: {avg:.3f}")
longest = max(ws, key=len)
print("longest:", longest, "first alphabetically:", min(ws), "last:", max(ws))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1])
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
