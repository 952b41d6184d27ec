# Sorting: sorted() and list.sort() with and without key/reverse on ints,
# strings and tuples, plus a hand-written quicksort and merge sort.


def gen(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append(x >> 40)
    return out


def quicksort(a, lo, hi):
    while lo < hi:
        p = a[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while a[i] < p:
                i += 1
            while a[j] > p:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if j - lo < hi - i:
            quicksort(a, lo, j)
            lo = i
        else:
            quicksort(a, i, hi)
            hi = j


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def checksum(a):
    return (a[0] + 3 * a[len(a) // 2] + 7 * a[-1]) % 1_000_003


n = 40_000
total = 0
for seed in range(1, 12):
    data = gen(n, seed)
    s1 = sorted(data)
    s2 = sorted(data, reverse=True)
    words = ["w%x" % v for v in data]
    s3 = sorted(words, key=len)
    words.sort()
    pairs = [(v % 97, v) for v in data]
    pairs.sort(key=lambda p: (p[0], -p[1]))
    q = list(data)
    quicksort(q, 0, len(q) - 1)
    m = merge_sort(data)
    assert q == s1 and m == s1 and s2[::-1] == s1
    total += checksum(s1) + len(s3[0]) + len(words[-1]) + pairs[0][1] % 1000
print("sorting", total)
