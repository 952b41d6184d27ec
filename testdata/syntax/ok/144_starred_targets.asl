a, *b = [1, 2, 3]
*a, b = [1, 2, 3]
a, *b, c = range(10)
[a, *b] = "xyz"
(a, *b), c = [1, 2], 3
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
for a, *rest in [[1, 2, 3]]:
    pass
for (a, *b), c in [([1, 2], 3)]:
    pass
with ctx() as (a, *b):
    pass
squares = [rest for first, *rest in rows]
lookup = {head: tail for head, *tail in rows}
*(a, b), = [(1, 2)]
[*[a, b]] = [1, 2]
first, *_ = line.split()
*_, last = line.split()
obj.a, *obj.b = 1, 2
x[0], *x[1:] = 1, 2, 3
