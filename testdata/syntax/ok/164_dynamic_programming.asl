from functools import cache, lru_cache


@cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=None)
def edit_distance(a: str, b: str) -> int:
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def knapsack(items: list[tuple[int, int]], cap: int) -> int:
    best = [0] * (cap + 1)
    for weight, value in items:
        for c in range(cap, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[cap]


def lcs(x: str, y: str) -> str:
    m, n = len(x), len(y)
    t = [[""] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            t[i][j] = x[i] + t[i + 1][j + 1] if x[i] == y[j] else max(t[i + 1][j], t[i][j + 1], key=len)
    return t[0][0]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    return ways[amount]


print(fib(90), edit_distance("kitten", "sitting"), knapsack([(1, 1), (3, 4), (4, 5)], 7),
      lcs("ABCBDAB", "BDCABA"), coin_change((1, 2, 5), 11))
