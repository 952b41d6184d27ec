print(min(3, 1, 2), max(3, 1, 2), min([5, 9]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["aaa", "b", "cc"], key=len), max([], default="empty"), min([], default=None))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]), max(range(10), key=lambda x: x % 4))
print(max([3, 7, 7, 1], key=lambda x: x), max(["a", "B", "c"], key=str.lower))
print(max(["ab", "cd", "ef"], key=len), min(["ab", "cd", "e"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(5), start=100), sum([[1], [2]], []))
print(sum([0.1] * 3), sum([1, 2.0]), sum((True, True, False)))
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
