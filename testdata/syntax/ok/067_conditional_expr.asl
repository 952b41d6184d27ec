a = x if cond else y
b = x if c1 else y if c2 else z
c = (x if c1 else y) if c2 else z
d = x if (y if c1 else z) else w
e = [x if x > 0 else -x for x in values]
f = [x for x in values if x] if values else []
g = func(x if x else default)
h = lambda v: v if v else None
i = (lambda: 1) if flag else (lambda: 2)
j = not x if y else z
k = x or y if z else w and v
l = (
    "long value"
    if some_condition
    else "other value"
)
m = 1 if a else \
    2
n = {k: (v if v else 0) for k, v in d.items()}
o = yield_ if x else (yield_ := 3)
