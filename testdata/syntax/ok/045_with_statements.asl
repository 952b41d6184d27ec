with open("a") as f:
    data = f.read()

with lock:
    counter += 1

with open("a") as f, open("b") as g:
    g.write(f.read())

with a as x, b, c as y:
    pass

with ctx() as (first, second):
    pass

with ctx() as [first, *rest]:
    pass

with ctx() as self.resource:
    pass

with ctx() as items[0]:
    pass

with (a as b, c as d):
    pass

with (
    open("in") as src,
    open("out", "w") as dst,
):
    dst.write(src.read())

with (a, b):
    pass

with (a):
    pass

with (a) as b:
    pass

with (a, b) as c:
    pass

with (open("x")):
    pass

with (
    manager(),
    other_manager() as om,
    third,
):
    pass

with make() as m, (other) as o:
    pass
