d = {(0, 0): "origin", (1, 0): "east"}
d[(0, 1)] = "north"
print(d, d[(1, 0)], (0, 1) in d)
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid)
print(grid[2, 1], len(grid))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s, sorted(s))
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)))
