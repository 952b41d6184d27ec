x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[-1]
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError", e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
