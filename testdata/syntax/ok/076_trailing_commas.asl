from os import (path, sep,)
lst = [1, 2, 3,]
st = {1, 2,}
dct = {"a": 1, "b": 2,}
tup = (1, 2,)
one = (1,)
call = f(1, 2,)
call_kw = f(a=1, b=2,)
call_star = f(*a, **b,)
sub = x[1, 2,]
def f(a, b,): pass
def g(*, a,): pass
def h(a, /,): pass
def i(*args, **kwargs,): pass
lam = lambda a, b,: 0
class C(Base,): pass
with (a as b, c as d,): pass
import_list = [
    "alpha",
    "beta",
]
for x, in [(1,)]: pass
del a, b,
global_ = 1,
