import heapq
from collections import deque
from math import inf

Graph = dict[str, dict[str, float]]


def dijkstra(g: Graph, src: str) -> tuple[dict[str, float], dict[str, str | None]]:
    dist = {v: inf for v in g}
    prev: dict[str, str | None] = {v: None for v in g}
    dist[src] = 0
    pq = [(0.0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in g[u].items():
            if (nd := d + w) < dist[v]:
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def bfs(g: Graph, start: str):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        q.extend(v for v in g[u] if v not in seen and not seen.add(v))
    return order


def topo_sort(g: Graph) -> list[str]:
    indeg = {v: 0 for v in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = [v for v, d in indeg.items() if d == 0]
    out = []
    while ready:
        u = ready.pop()
        out.append(u)
        for v in g[u]:
            indeg[v] -= 1
            if not indeg[v]:
                ready.append(v)
    if len(out) != len(g):
        raise ValueError("cycle")
    return out


G: Graph = {"a": {"b": 1, "c": 4}, "b": {"c": 2, "d": 5}, "c": {"d": 1}, "d": {}}
print(dijkstra(G, "a")[0], bfs(G, "a"), topo_sort(G))
