squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0}
index = {name: i for i, name in enumerate(names)}
lazy = (line.strip() for line in lines)
pairs = [(x, y) for x in range(3) for y in range(3)]
filtered = [x for x in data if x if x > 0 if not x % 3]
flat = [item for row in matrix for item in row]
triangle = [(i, j) for i in range(5) for j in range(i) if (i + j) % 2]
nested = [[c for c in row] for row in grid]
nested_dict = {k: {kk: vv for kk, vv in v.items()} for k, v in data.items()}
tuple_targets = [a + b for a, b in zip(xs, ys)]
deep_targets = [a + b + c for (a, b), c in items]
star_target = [rest for first, *rest in rows]
cond_expr = [x if x else 0 for x in values]
lambda_body = [lambda: i for i in range(3)]
genexp_sum = sum(x for x in range(100) if x % 7 == 0)
set_of_tuples = {(a, b) for a in "ab" for b in "cd"}
dict_cond = {k: v for k, v in pairs if v is not None}
multiline = [
    transform(x)
    for x in source
    if x.valid
    for y in x.children
    if y
]
attr_target = [obj.x for obj.x in values]
walrus_in = [y for x in data if (y := f(x))]
parens = [(x) for (x) in (xs)]
dict_unpack = {**{k: v for k, v in a}}
generator_of_generators = ((x for x in row) for row in grid)
