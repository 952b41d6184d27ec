# Word statistics with re, collections, string, itertools and textwrap.
import re
import string
import textwrap
from collections import Counter
from itertools import groupby, islice, accumulate

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
counts = Counter(words)
print(counts.most_common(5))
print([w for w, n in counts.items() if n == 2])
by_len = {k: sorted(set(g)) for k, g in groupby(sorted(words, key=len), key=len)}
print({k: v[:3] for k, v in by_len.items()})
print(list(islice(accumulate(len(w) for w in words), 8)))
clean = TEXT.translate(str.maketrans("", "", string.punctuation))
print(clean.split()[:6])
print(textwrap.fill(" ".join(words[:24]), width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
caps = string.capwords("the season of light and darkness")
print(caps, caps.swapcase())
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), sentences[-1])
