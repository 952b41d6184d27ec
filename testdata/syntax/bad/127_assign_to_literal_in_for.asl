a = 0
for a, 1 in [(1, 2)]:
    pass
