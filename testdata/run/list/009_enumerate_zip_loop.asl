names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages, "xyz")))
pairs = list(zip(names, ages))
print(pairs, list(zip(*pairs)))
print(list(enumerate([])), list(zip()), list(zip([1], [])))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n.upper(), a * 2)
print(dict(zip(names, ages)))
