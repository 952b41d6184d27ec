it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, None))
s = iter("hi")
print(list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, list(c), next(c, "empty"))
try:
    iter(42)
except TypeError as e:
    print("TypeError", e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
