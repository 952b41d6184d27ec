# accumulate: running totals, other functions and initial values.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([5, 3, 8, 1], min)))
print(list(accumulate("abc")), list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate([10, 20], func=operator.sub)), list(accumulate([2, 3], lambda a, b: a * 10 + b, initial=1)))
print(list(accumulate([1.5, 2.25, 0.25])), list(accumulate(range(5), initial=None)))

balance = 100
txns = [-20, 35, -50, -10, 80]
history = list(accumulate(txns, initial=balance))
print(history, min(history), history[-1])

def amortize(principal, rate, payment):
    return list(accumulate(range(6), lambda bal, _: round(bal * (1 + rate) - payment, 2), initial=principal))

print(amortize(1000.0, 0.01, 200.0))

data = [4, 8, 15, 16, 23, 42]
prefix = list(accumulate(data, initial=0))
print(prefix)
for i, j in [(0, 6), (1, 3), (2, 5)]:
    print("sum(data[%d:%d]) = %d" % (i, j, prefix[j] - prefix[i]))

try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: accumulate(), lambda: accumulate(5), lambda: accumulate([1], initial=5, foo=1),
            lambda: accumulate([1], None, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
