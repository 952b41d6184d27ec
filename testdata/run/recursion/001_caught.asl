def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError caught:", e)
    print(isinstance(e, RuntimeError))
print("program continues normally")
print(sum(range(10)))
def count_calls(n):
    return count_calls(n + 1) if n < 50 else n
print(count_calls(0))
