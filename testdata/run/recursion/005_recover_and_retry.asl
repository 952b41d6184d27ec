def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
for n in [10, 100, 3000]:
    try:
        r = fact(n)
        print(n, "ok", len(str(r)), "digits")
    except RecursionError:
        print(n, "too deep, using loop")
        r = 1
        for i in range(2, n + 1):
            r *= i
        print(n, "loop", r % 1000000007)
print(fact(20))
