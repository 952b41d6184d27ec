# cmp_to_key turns old-style comparison functions into sort keys.
from functools import cmp_to_key

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
    return "".join(strs).lstrip("0") or "0"

print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]), largest_number([10, 2]))

K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) >= K(2), K(4) == K(4), K(4) != K(5))
print(K(7).obj, max([K(3), K(9), K(1)]).obj)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)

records = [("bob", 25), ("ann", 31), ("cy", 25), ("dee", 19)]
def by_age_desc_name(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)

for name, age in sorted(records, key=cmp_to_key(by_age_desc_name)):
    print(name, age)
print(min(records, key=cmp_to_key(by_age_desc_name)))
