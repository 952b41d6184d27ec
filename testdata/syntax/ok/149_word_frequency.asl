import re
import sys
from collections import Counter, defaultdict, OrderedDict
from itertools import groupby, islice
from operator import itemgetter

WORD = re.compile(r"[a-z']+")
STOP = {"the", "a", "an", "and", "or", "of", "to", "in"}


def words(text: str):
    for m in WORD.finditer(text.lower()):
        if (w := m.group().strip("'")) and w not in STOP:
            yield w


def top(text: str, n: int = 10) -> list[tuple[str, int]]:
    return Counter(words(text)).most_common(n)


def by_length(text: str) -> dict[int, list[str]]:
    groups = defaultdict(list)
    for w in sorted(set(words(text)), key=len):
        groups[len(w)].append(w)
    return dict(groups)


def runs(seq):
    return [(k, sum(1 for _ in g)) for k, g in groupby(seq)]


if __name__ == "__main__":
    text = sys.stdin.read()
    for word, count in top(text):
        print(f"{word:<15}{count:>6}{'*' * min(count, 40):>42}")
    ordered = OrderedDict(sorted(by_length(text).items(), key=itemgetter(0), reverse=True))
    print(list(islice(ordered.items(), 3)))
