# collections: defaultdict, Counter, OrderedDict, deque.
from collections import defaultdict, Counter, OrderedDict, deque
import collections

d = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    d[word[0]].append(word)
print(d)
print(dict(d), d["z"], len(d), isinstance(d, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c, sorted(c.elements())[:6])
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(x + y, x - y, x | y, x & y)
print(Counter(), Counter({"k": 2}), Counter(["a", "b", "a"]) == {"a": 2, "b": 1})
o = OrderedDict()
o["one"] = 1
o["two"] = 2
o["three"] = 3
o.move_to_end("one")
print(o, list(o))
o.move_to_end("three", last=False)
print(list(o.items()), o.popitem(), o.popitem(last=False), o)
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q)
print(q.pop(), q.popleft(), q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q, list(reversed(q)))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.extendleft([10, 11])
print(b)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
print(collections.Counter("aab").most_common(1))
