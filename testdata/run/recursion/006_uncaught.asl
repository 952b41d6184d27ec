def forever(n):
    return forever(n + 1) + 1
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print("bounded recursion:", bounded(200))
try:
    forever(0)
except RecursionError:
    print("first RecursionError caught")
print("starting unbounded recursion again, uncaught")
forever(0)
print("unreachable")
