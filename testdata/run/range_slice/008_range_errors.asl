for args in [(1, 2, 3, 4), ("a",), (1, "b"), ()]:
    try:
        print(range(*args))
    except TypeError as e:
        print("TypeError", e)
r = range(10)
try:
    r[1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    r.index(50)
except ValueError as e:
    print("ValueError", e)
l = [1, 2, 3]
try:
    l[1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    l["a":"b"]
except TypeError as e:
    print("TypeError", e)
