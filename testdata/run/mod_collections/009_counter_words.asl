# A word count with Counter: the classic text statistics program.
from collections import Counter

text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! A quick fox, a lazy dog, and the end of the story.
Dogs and foxes: the end.
"""

def words(s):
    out = []
    word = ""
    for ch in s.lower():
        if ch.isalpha():
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


counts = Counter(words(text))
print("distinct:", len(counts), "total:", counts.total())
for word, n in counts.most_common(5):
    print("%-6s %2d %s" % (word, n, "*" * n))

letters = Counter(ch for ch in text.lower() if ch.isalpha())
print("top letters:", letters.most_common(4))
vowels = Counter({v: letters[v] for v in "aeiou"})
print("vowels:", vowels)
print("no y or z:", letters["z"], letters["y"])

lengths = Counter(len(w) for w in words(text))
for n in sorted(lengths):
    print(n, lengths[n])

first = Counter(words(text.split("\n")[1]))
second = Counter(words(text.split("\n")[2]))
print("common:", sorted((first & second).elements()))
print("only first:", sorted((first - second).keys()))
print("either max:", (first | second).most_common(3))

by_initial = Counter()
for w in words(text):
    by_initial[w[0]] += 1
print(sorted(by_initial.items()))
