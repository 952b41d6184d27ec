eg = ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
print(str(eg), "|", repr(eg.message), len(eg.exceptions))
print([type(e).__name__ for e in eg.exceptions], [str(e) for e in eg.exceptions])
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise eg
except ExceptionGroup as caught:
    print("caught group:", caught.message, [repr(e) for e in caught.exceptions])
def gather(tasks):
    errors = []
    results = []
    for t in tasks:
        try:
            results.append(t())
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("gather failed", errors)
    return results
print(gather([lambda: 1, lambda: 2]))
try:
    gather([lambda: 1, lambda: 1 / 0, lambda: [][0]])
except ExceptionGroup as g:
    print(g)
    for e in g.exceptions:
        print("  ", type(e).__name__, e)
single = ExceptionGroup("one", [RuntimeError("r")])
print(single, single.exceptions[0])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
