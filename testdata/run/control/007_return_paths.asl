def f(x):
    if x > 0:
        return "positive"
    for i in range(3):
        if i == -x:
            return f"loop {i}"
    while x < -5:
        return "while"
    return None
for v in [5, 0, -1, -2, -3, -10]:
    print(v, f(v))
def early(lst):
    for item in lst:
        if item is None:
            return "saw None"
    else:
        return "clean"
print(early([1, None]), early([1, 2]))
def try_return():
    try:
        return "from try"
    finally:
        print("finally runs first")
print(try_return())
def multi():
    return 1, [2], {"three": 3}
a, b, c = multi()
print(a, b, c, multi())
