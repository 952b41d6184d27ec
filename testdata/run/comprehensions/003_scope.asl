x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(3)], {i: z for i in range(2)}, {z * i for i in range(2)}
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 3
    try:
        broken = [n * v for v in vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
print([i for i in range(3)])
try:
    print(i)
except NameError as e:
    print("NameError", e)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
