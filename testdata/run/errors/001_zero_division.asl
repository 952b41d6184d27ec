def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
print([safe_div(100, v) for v in [10, 5, 0]])
print("before the uncaught error")
values = [10, 5, 0]
for v in values:
    print(100 // v)
print("never printed")
