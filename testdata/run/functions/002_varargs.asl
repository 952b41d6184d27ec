def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
print(total(*[4, 5]), total(*range(3), 10), total(*"", *[1]))
def info(**kw):
    return sorted(kw.items())
print(info(), info(a=1, b=2), info(**{"x": 1}, y=2))
def both(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(both(1, c=3))
print(both(1, 2, 3, 4, c=5, e=6))
print(both(*[1, 2, 3], **{"c": 7, "z": 8}))
def fmt(template, *args, sep=", "):
    return template + sep.join(str(a) for a in args)
print(fmt("vals: ", 1, 2, 3), fmt("x: ", "a", sep="|"))
