def show(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"
args = [1, 2]
kwargs = {"c": 3, "x": 4}
print(show(*args))
print(show(*args, **kwargs))
print(show(*args, 5, 6, 7))
print(show(*"ab", *[9], y=1, **{"z": 2}))
print(show(**{"a": "A", "b": "B"}))
try:
    show(*args, **{"a": 1})
except TypeError as e:
    print("TypeError", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError", e)
print(max(*[3, 8, 1]), min(*"zebra"), print(*range(3), sep="-"))
print(*[], "only")
print(dict(**{"a": 1}, b=2))
