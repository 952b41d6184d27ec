MAZE = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"""
grid = [list(row) for row in MAZE.strip().splitlines()]
rows, cols = len(grid), len(grid[0])
def find(ch):
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == ch:
                return r, c
    raise ValueError(f"{ch!r} not in maze")
start, goal = find("S"), find("E")
print("start", start, "goal", goal, "size", rows, "x", cols)
def bfs(start, goal):
    queue = [start]
    came = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if grid[nxt[0]][nxt[1]] != "#" and nxt not in came:
                came[nxt] = cur
                queue.append(nxt)
    if goal not in came:
        return None, head
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1], head
path, explored = bfs(start, goal)
print("path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
moves = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}
print("".join(moves[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:])))
grid[8][7] = "#"
grid[7][8] = "#"
print(bfs(start, goal))
try:
    find("X")
except ValueError as e:
    print("ValueError:", e)
