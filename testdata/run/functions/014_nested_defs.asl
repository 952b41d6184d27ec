def outer(n):
    def helper(x):
        return x * n
    def other(x):
        return helper(x) + 1
    return [other(i) for i in range(n)]
print(outer(3), outer(5))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), sorted(ops))
def conditional_def(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional_def(True), conditional_def(False))
def redefine():
    def g():
        return 1
    a = g()
    def g():
        return 2
    return a, g()
print(redefine())
