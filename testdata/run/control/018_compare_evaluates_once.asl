# A comparison evaluates each operand once.
calls = []


def f(v):
    calls.append(v)
    return v


x = 1 == f(1)
y = f(2) < f(3)
z = f(None) is None
w = f(4) in [4]
print(x, y, z, w, calls)
print([f(i) == i for i in range(3)], calls)
