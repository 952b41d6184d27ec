class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[0], top[2]
    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break
    def _down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self.heap[c] < self.heap[smallest]:
                    smallest = c
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest
pq = PriorityQueue()
for pri, task in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (5, "ship"), (2, "code"), (3, "review")]:
    pq.push(pri, task)
print(len(pq))
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    q = PriorityQueue()
    q.push(0, src)
    while q:
        d, u = q.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                q.push(nd, v)
    return dist, prev
dist, prev = dijkstra("A")
print(dict(sorted(dist.items())))
node, path = "F", []
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
