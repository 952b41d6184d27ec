# functools.cache and lru_cache on methods and recursive functions.
from functools import cache, lru_cache

@cache
def factorial(n):
    """Return n!"""
    return 1 if n <= 1 else n * factorial(n - 1)

print(factorial(25), factorial.__doc__, factorial.__name__)
print(factorial.cache_info())
print(factorial(10), factorial.cache_info().hits)

@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))

class Grid:
    def __init__(self, rows):
        self.rows = rows
        self.calls = 0

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        self.calls += 1
        if r < 0 or c < 0 or self.rows[r][c] == "#":
            return 0
        if r == 0 and c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(tuple(self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

g = Grid(["....", ".#..", "...#", "#..."])
print(g.paths(3, 3), g.calls)
print(g.paths(3, 3), g.calls)
print(Grid.paths.cache_info())

@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info().currsize > 3000)
collatz.cache_clear()
print(collatz.cache_info())
