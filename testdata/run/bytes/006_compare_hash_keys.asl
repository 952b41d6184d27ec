d = {b"a": 1, b"b": 2}
d[b"c"] = 3
print(d, d[b"b"], b"a" in d, "a" in d)
print(sorted([b"pear", b"apple", b"fig", b"Apple"]))
print(max([b"a", b"b"]), b"abc" >= b"abc", b"\xff" > b"\x00\x00")
print(len({b"x", b"x", b"y"}), sorted({b"z", b"x", b"y"}))
print(b"abc" == "abc".encode(), b"1" == 1)
counts = {}
for word in b"to be or not to be".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(b"abc" in [b"abc"], b"ab" + b"c" == b"abc", (b"x",) == (b"x",))
