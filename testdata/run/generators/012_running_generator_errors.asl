def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def gen():
    yield 1
g = gen()
print(list(g), next(g, "exhausted"))
def g_throw():
    yield 1
t = g_throw()
try:
    t.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError", e)
print(next(t, "done after throw"))
