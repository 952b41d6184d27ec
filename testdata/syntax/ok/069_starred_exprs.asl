combined = [*first, *second]
with_extra = [0, *middle, 99]
as_tuple = (*a, *b)
bare_tuple = *a, *b
single_star = *a,
as_set = {*a, *b, 1}
call = f(*args)
call2 = f(1, *args, 2, *more)
call3 = f(*args, key=1, *more, **kwargs)
call4 = f(**kwargs)
call5 = f(**a, **b)
call6 = f(a, *b, c=1, **d, e=2)
merged = {**defaults, **overrides}
merged2 = {"a": 1, **middle, "z": 26}
merged3 = {**{'inner': 1}}
nested_star = [*[*a], *(*b,)]
print(*items, sep=", ")
x = [*range(3)]
y = {*"abc"}
z = (*gen(),)
f(*a or b)
f(**a or b)
f(*[1, 2])
[*a.b.c]
{**a.b}
