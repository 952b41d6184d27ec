# Chained comparisons as conditions: short circuits, evaluation order.
def noisy(v, tag):
    print("eval", tag)
    return v


for x in (0, 5, 10, "m"):
    try:
        if noisy(1, "a") <= x < noisy(10, "b"):
            print(x, "in")
        else:
            print(x, "out")
        if not ("0" <= str(x) <= "9"):
            print(x, "not digit")
        while 0 < x < 3:
            x -= 1
            print("loop", x)
    except TypeError as e:
        print("TypeError", e)
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b != c)
if a < (b := 5) < c:
    print("no")
else:
    print("walrus", b)
if a < b == 5 >= c > 0 and c in (3, 4):
    print("long chain")


def order():
    z = 1
    y = 2
    x = 3
    for k, v in {"p": 1}.items():
        w = k
    return locals()


print(order())
