# Strings and dicts: building text with join and f-strings, split, str methods,
# slicing, dict word counting with get/setdefault, sorting dict items.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu", "ba", "do"]


def make_words(n, seed):
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 16) % 3
        w = ""
        for j in range(k):
            w += SYLLABLES[(x >> (4 * j)) % len(SYLLABLES)]
        words.append(w)
    return words


def make_text(words, per_line):
    lines = []
    for i in range(0, len(words), per_line):
        chunk = words[i:i + per_line]
        lines.append(f"{i // per_line:05d}: " + " ".join(chunk) + ".")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        _, _, body = line.partition(": ")
        for word in body.rstrip(".").split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word, c in counts.items():
        groups.setdefault(word[0].upper(), []).append(word)
    return {k: len(v) for k, v in groups.items()}


def transform(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("000") or "zu" in line:
            line = line.replace("ka", "KA").upper()
        elif line.endswith("do."):
            line = line[::-1]
        out.append(line[:40].strip())
    return "|".join(out)


total = 0
for round in range(9):
    words = make_words(240_000, round + 1)
    text = make_text(words, 12)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    groups = group_by_initial(counts)
    t = transform(text)
    total += len(counts) + sum(groups.values()) + len(t) + t.count("KA") + text.find("zuzu")
    summary = ",".join(f"{w}={c}" for w, c in top)
print("strings_dicts", total, summary)
