def f(a):
    if a and (x := 1):
        pass
    try:
        print(x)
    except UnboundLocalError as e:
        print("unbound", e)
f(0); f(1)
def g(a, b):
    r = []
    if a and b: r.append(1)
    if a or b: r.append(2)
    if not (a and b): r.append(3)
    if not a or not b: r.append(4)
    if a and b or not a: r.append(5)
    if (a or b) and (a or not b): r.append(6)
    while a and b:
        r.append(7); a = 0
    assert a or b or True, "x"
    r.append(8 if a and not b else 9)
    r.append([i for i in range(6) if i > 1 and i % 2 or i == 0])
    return r
for a in (0, 1, [], [1]):
    for b in (0, 1, "", "x"):
        print(a, b, g(a, b))
class T:
    def __init__(s, v): s.v = v
    def __bool__(s): print("bool", s.v); return s.v
if T(True) and T(False) or T(True): print("yes")
if not (T(False) or T(False)): print("no")
x = 5
if 1 < x < 10 and x != 6: print("chain")
