cache = {}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(80), calls, len(cache))
print([cache[i] for i in range(10)])
def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))
