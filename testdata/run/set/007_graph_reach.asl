edges = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [], 5: [1], 6: [0]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in edges[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
for n in sorted(edges):
    r = reachable(n)
    print(n, sorted(r), len(r))
print(reachable(6) - reachable(0), reachable(3) <= reachable(0))
all_nodes = set(edges)
print(sorted(all_nodes - reachable(2)))
