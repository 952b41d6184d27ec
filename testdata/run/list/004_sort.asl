a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
s = sorted(recs, key=lambda r: r[0])
s.sort(key=lambda r: r[1])
print(s)
print(sorted([3.5, -1, 2, 0.5]), sorted([[2, 1], [1, 5], [1, 2]]), sorted("hello"))
print(sorted([]), sorted([1]), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError", e)
