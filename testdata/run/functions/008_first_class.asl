def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(len, [1, 2]))
funcs = [abs, str, lambda x: x * 2, float]
print([f(-3) for f in funcs])
def make_multiplier(n):
    def m(x):
        return x * n
    return m
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
table = {"dbl": double, "neg": lambda v: -v}
print({k: f(7) for k, f in table.items()})
print(callable(double), callable(5), callable(str), callable("s".upper))
m = "hello".upper
print(m(), m.__name__)
def pipeline(value, *fs):
    for f in fs:
        value = f(value)
    return value
print(pipeline(3, double, triple, str, len), pipeline("ab", str.upper, lambda s: s * 2))
