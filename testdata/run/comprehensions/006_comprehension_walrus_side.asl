data = [1, 4, 9, 16, 25]
print([s for x in data if (s := int(x ** 0.5)) % 2])
calls = []
def track(v):
    calls.append(v)
    return v
res = [track(x) for x in range(4) if track(-x) < -1]
print(res, calls)
print([(x, y) for x in range(2) for y in [track("y")]])
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
print({next_id(): c for c in "ab"}, counter)
