a = {"x": [1, 2], "y": 2}
b = dict(a)
b["x"].append(3)
b["y"] = 20
print(a, b)
print(a == {"y": 2, "x": [1, 2, 3]}, a != b)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
c = {k: list(v) if isinstance(v, list) else v for k, v in a.items()}
c["x"].append(4)
print(a, c)
print(len({}), {} == dict(), bool({0: 0}))
