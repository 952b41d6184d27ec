data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 10:
        print("first > 10:", v)
        break
print([last := i for i in range(3)], last)
def chunks(seq, size):
    out = []
    i = 0
    while (part := seq[i:i + size]):
        out.append(part)
        i += size
    return out
print(chunks("abcdefgh", 3))
print((a := 10) + a, a)
total = 0
print([total := total + x for x in [1, 2, 3, 4]], total)
