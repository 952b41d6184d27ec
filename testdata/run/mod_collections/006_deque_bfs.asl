# A graph breadth-first search with deque as the queue.
from collections import deque

graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F", "G"],
    "F": ["H"],
    "G": ["H"],
    "H": [],
    "X": ["A"],
}


def bfs(start):
    seen = {start: None}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = node
                queue.append(nxt)
    return order, seen


def path(parents, goal):
    if goal not in parents:
        return None
    out = deque()
    while goal is not None:
        out.appendleft(goal)
        goal = parents[goal]
    return list(out)


order, parents = bfs("A")
print("order:", " ".join(order))
for goal in ["H", "G", "A", "X"]:
    print(goal, path(parents, goal))


def grid_distances(rows):
    h, w = len(rows), len(rows[0])
    dist = {(0, 0): 0}
    q = deque([(0, 0)])
    while q:
        r, c = q.popleft()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and rows[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist


maze = [
    "..#....",
    ".##.##.",
    "....#..",
    "#.#...#",
    "...#...",
]
dist = grid_distances(maze)
print("reachable:", len(dist), "farthest:", max(dist.values()))
print("to corner:", dist.get((4, 6)), "blocked:", dist.get((0, 2)))
for r in range(len(maze)):
    print("".join("%2s" % (dist[(r, c)] % 100,) if (r, c) in dist else " #" for c in range(len(maze[0]))))
