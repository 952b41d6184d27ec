def collatz(n):
    steps = []
    while n != 1:
        steps.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps.append(1)
    return steps
for start in [1, 6, 7, 27]:
    s = collatz(start)
    print(start, len(s), max(s), s[:8])
def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
arr = [1, 3, 5, 7, 9, 11]
print([bsearch(arr, t) for t in [1, 4, 11, 12, 0]])
