def f(a, b):
    r = []
    if a is None: r.append(1)
    if a is not None: r.append(2)
    if a is b: r.append(3)
    if not a is b: r.append(4)
    if a is None or b is None: r.append(5)
    if a is not None and b is not None: r.append(6)
    while a is not None:
        r.append(7); a = None
    r.append(8 if b is None else 9)
    r.append([x for x in (None, 1, None) if x is not None])
    assert b is b
    return r
x = []
for a, b in ((None, None), (1, None), (None, 2), (x, x), (x, [])):
    print(f(a, b))
