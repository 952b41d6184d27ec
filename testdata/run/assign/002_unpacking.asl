a, b = 1, 2
print(a, b)
(a, b), c = [3, 4], 5
print(a, b, c)
[a, [b, c]] = (6, (7, 8))
print(a, b, c)
a, *b = "hello"
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = (1, 2)
print(a)
[a, *b] = {"k": 1, "j": 2}
print(a, b)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
(a, b), *c = "xy", "z", "w"
print(a, b, c)
key, value = "k=v".split("=")
print(key, value)
