m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [row[0] for row in m])
t = [list(r) for r in zip(*m)]
print(t)
print([[m[i][j] * 2 for j in range(3)] for i in range(3)])
print(sum(sum(r) for r in m), [sum(c) for c in zip(*m)])
flat = [x for row in m for x in row]
print(flat)
grid = [["."] * 5 for _ in range(3)]
grid[1][2] = "#"
grid[0][4] = "@"
for row in grid:
    print("".join(row))
rot = [list(r)[::-1] for r in zip(*m)]
print(rot)
print(m == [[1, 2, 3], [4, 5, 6], [7, 8, 9]], m[0] is m[0])
