# groupby: runs of equal keys, with the group sharing the source.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1])])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7, 9], key=lambda x: x % 2)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby("x")])

def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))

print(rle("WWWWBBBWWCCCCCD"), rle(""))

# Groups are invalidated when the next key is taken.
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabc")
key, grp = next(gb)
print(key, next(grp))
key2, grp2 = next(gb)
print(key2, list(grp), list(grp2))

# A partially read group: the rest is skipped.
out = []
for k, g in groupby([1, 1, 1, 2, 2, 3]):
    out.append((k, next(g)))
print(out)

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, ws in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(ws))
for length, ws in groupby(sorted(words, key=len), key=len):
    print(length, sorted(ws))

try:
    list(groupby([1, 2], key=5))
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: groupby(), lambda: groupby(5), lambda: groupby([1], key=1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
