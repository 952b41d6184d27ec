# defaultdict: default_factory, __missing__, repr, grouping.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(groups.default_factory, dict(groups))
print(groups["z"], "z" in groups, len(groups))

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})

sets = defaultdict(set)
sets["a"].add(1)
sets["a"].add(1)
print(sets, defaultdict(None), defaultdict(int, {"k": 1}), defaultdict(str, a="x"))

plain = defaultdict(None, {"a": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(plain.get("missing"), plain.default_factory)
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError", e)

c = counts.copy()
c["new"] += 1
print(type(c).__name__, c.default_factory, c["new"], counts["new"] if "new" in counts else "-")
merged = defaultdict(int, {"a": 1}) | {"b": 2}
print(merged, merged["c"])

class Tally(defaultdict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]

t = Tally()
print(t["abc"], t["hi"], dict(t))
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph))
