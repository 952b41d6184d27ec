word = "programming"
counts = {}
for c in word:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print([c for c in word if c in "aeiou"])
print(list(reversed(word)), "".join(reversed(word)))
print(list(enumerate("abc")))
print(sorted(word), sorted(word, reverse=True))
print(list(zip("abc", "12345")))
print(word.count("m"), word.index("m"), max(word), min(word))
acc = ""
for i, c in enumerate(word):
    if i % 2 == 0:
        acc += c.upper()
    else:
        acc += c
print(acc)
print(any(c.isupper() for c in acc), all(c.isalpha() for c in acc))
words = "the cat sat on the mat the end".split()
print(sorted(set(words)), len(words), words.count("the"))
print(" ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
