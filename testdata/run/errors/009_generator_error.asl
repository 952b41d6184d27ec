def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("first time caught:", e)
print(next(g, "exhausted after error"))
total = 0
for n in numbers():
    total += n
    print("running total", total)
print("unreachable")
