def edit_distance(a, b):
    memo = {}
    def go(i, j):
        if (i, j) in memo:
            return memo[i, j]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[i, j] = r
        return r
    return go(0, 0)
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
def knapsack(items, cap):
    table = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            table[i][c] = table[i - 1][c]
            if w <= c:
                table[i][c] = max(table[i][c], table[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return table[-1][-1], sorted(chosen)
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(repr(lcs("ABCBDAB", "BDCABA")), repr(lcs("programming", "gaming")))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
print(coin_ways([1, 2, 5, 10, 25, 50], 100), coin_ways([2], 3), coin_ways([1, 5, 10, 25], 1000))
def partitions(n, memo={}):
    def p(k, m):
        if k == 0:
            return 1
        if k < 0 or m == 0:
            return 0
        if (k, m) not in memo:
            memo[k, m] = p(k - m, m) + p(k, m - 1)
        return memo[k, m]
    return p(n, n)
print([partitions(n) for n in range(1, 16)], partitions(100))
