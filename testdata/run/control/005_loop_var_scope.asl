for i in range(3):
    pass
print("i after loop", i)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError", e)
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
x = [1, 2, 3]
for v in x:
    v *= 10
print(x)
for idx in range(len(x)):
    x[idx] *= 10
print(x)
