def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        if v == "stop":
            return received
g = echo()
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError", e)
