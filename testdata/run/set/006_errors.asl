s = {1, 2}
for bad in [lambda: s.add([1]), lambda: {[1, 2]}, lambda: set([{}]), lambda: s[0],
            lambda: set().pop(), lambda: s + {3}, lambda: {1} < [1], lambda: frozenset([[]])]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
