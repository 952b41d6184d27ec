# Sorting with keys: stability, reverse, big keys, keys that alias.
words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum", "a", "", "cherry"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: -len(w)))
print(sorted(range(10), key=lambda n: n % 3, reverse=True))
print(sorted([3, 1, 2], key=lambda n: n * 2**40))
print(sorted([3, 1, 2], key=lambda n: -n * 2**31))
print(sorted([5, -3, 2**31 - 1, -2**31 + 1, 0], key=lambda n: n))
print(sorted([5, -3, 2**31 - 1, -2**31 + 1, 0], key=lambda n: n, reverse=True))
print(sorted(["b", "a", "c"], key=lambda *a: a))
pairs = [(i % 3, str(i)) for i in range(9)]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
print(sorted(words, key=str.upper)[:4], sorted(["B", "a", "C"], key=str.lower))
try:
    sorted([1, "a"], key=len)
except TypeError as e:
    print(e)
print("w%x" % 255, "%s=%d" % ("k", 5), "%r%%" % "q", f"{'a'}{1}{'b' * 3}")
