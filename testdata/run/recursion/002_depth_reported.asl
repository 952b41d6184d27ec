depth = 0
def dive(n):
    global depth
    depth = n
    dive(n + 1)
try:
    dive(1)
except RecursionError:
    print("hit the limit; depth was large:", depth > 500, "and bounded:", depth < 100000)
def safe(n):
    return 0 if n == 0 else 1 + safe(n - 1)
print(safe(500))
