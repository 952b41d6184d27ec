# functools.reduce: folds, the initial value and its errors.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * x], [1, 2, 3], []))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]))
print(reduce(max, [3, 9, 2, 7]), reduce(min, "hello"))
print(reduce(lambda a, b: b + a, "abc", ""))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.add, iter([1.5, 2.5])), reduce(operator.concat, [[1], [2], [3]]))

# Flattening and gcd by folding.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(reduce(gcd, [84, 126, 210]))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(reduce(operator.add, nested, []))
print(reduce(lambda n, d: n * 10 + d, [4, 0, 9, 6]))

for args in [(operator.add, []), (operator.add, 5), (operator.add,), (operator.add, [1], 0, 9)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)

def boom(a, b):
    if b == 3:
        raise ValueError("three!")
    return a + b

try:
    reduce(boom, [1, 2, 3, 4])
except ValueError as e:
    print("ValueError", e)
try:
    reduce(operator.add, [1, "x"])
except TypeError as e:
    print("TypeError", e)
