it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"))
def gen():
    yield 1
    return "ret-value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
def bad_gen():
    yield 1
    raise StopIteration("inside generator")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
