empty = ()
single = (1,)
single_bare = 1,
pair = 1, 2
pair_paren = (1, 2)
nested = ((1, 2), (3, (4, 5)))
trailing = (1, 2, 3,)
bare_trailing = 1, 2, 3,
in_list = [(1, 2), (3, 4)]
in_call = f((1, 2))
mixed = 1, (2, 3), [4, 5], {6}
strings = "a", "b"
for_tuple = [x for x in (1, 2)] if False else None
ret = lambda: (1, 2)
subscript = d[1, 2]
parens = ((((1))))
paren_tuple = ((((1,))))
swap = b, a = a, b
