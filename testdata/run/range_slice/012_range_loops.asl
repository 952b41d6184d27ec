its = [locals()['.0'] for x in range(2)]
for y in range(5):
    pass
print(next(its[0], "done"), y)
print([sorted(locals()) for x in range(1)])
total = 0
for i in range(3):
    for j in range(i, 4):
        for k in range(j):
            total += k
print(total)
def gen():
    for i in range(3):
        yield i
g1, g2 = gen(), gen()
print(next(g1), next(g2), list(g1), list(g2))
for i in range(3): print(i, end=" ")
for i in range(2, 8, 3): print(i, end=" ")
for i in range(5, -5, -4): print(i, end=" ")
for i in range(2**64, 2**64 + 2): print(i, end=" ")
print()
try:
    for i in range(1, 2, 0): pass
except ValueError as e: print(e)
try:
    for i in range(1.5): pass
except TypeError as e: print(e)
try:
    for i in range(): pass
except TypeError as e: print(e)
r = range(3)
print(list(r), [i * 2 for i in range(4)], sum(range(101)), type(iter(range(2))).__name__)
range = lambda n: [n, n]
for i in range(7): print(i)
