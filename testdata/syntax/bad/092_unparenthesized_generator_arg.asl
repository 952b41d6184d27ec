xs = [1, 2]
sum(x for x in xs, 1)
