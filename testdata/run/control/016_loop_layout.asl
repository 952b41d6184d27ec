def gen():
    yield 1
    raise ValueError("x")

def f():
    total = 0
    for x in gen():
        total += x
    return total

i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print(i)
else:
    print("else", i)
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
print([x * y for x in range(3) for y in range(x) if y % 2 == 0])
def g():
    while k < 3:
        k = 5
try:
    g()
except UnboundLocalError as e:
    print(e)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner else", i)
k = 0
while k < 10:
    k += 1
    try:
        if k % 3:
            continue
    finally:
        print("finally", k)
print({x: [y for y in range(x) if y] for x in range(4)}, sum(v for v in range(5) if v != 2))
f()
