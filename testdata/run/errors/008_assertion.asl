def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
assert mean([4]) == 4.0
print(mean([2.5, 3.5]))
print(mean([]))
