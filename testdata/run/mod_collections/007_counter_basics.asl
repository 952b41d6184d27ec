# Counter: counting, most_common, elements, update/subtract, total.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())

c.update("aaz")
c.update({"b": 3})
c.update(q=2)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c)
print(c.most_common(3))

print(Counter(), Counter([]), Counter({"x": 2, "y": 0}), Counter(a=1, b=2))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1))
print(Counter({"b": 2, "a": 2, "c": 3}))

del c["a"]
del c["never-there"]
print(c, c.get("a", "gone"))

words = Counter(["x", "y"])
words["x"] += 5
words["new"] += 1
print(words, list(words))

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)

neg = Counter(a=-2, b=0, c=3)
print(sorted(neg.elements()), neg.total())
print(dict(Counter("mississippi")))
print(Counter(c=1).copy(), type(Counter().copy()).__name__)
print(Counter("hello").keys() == {"h": 1, "e": 1, "l": 1, "o": 1}.keys())
