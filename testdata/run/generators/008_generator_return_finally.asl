def g():
    try:
        yield "a"
        yield "b"
        return "result"
    finally:
        print("finally in generator")
print(list(g()))
gen = g()
print(next(gen))
gen.close()
print("after close")
def early_exit():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleaned up at", i)
ee = early_exit()
for v in ee:
    if v == 2:
        break
print("loop done")
ee.close()
print("explicitly closed")
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("closing at", n)
c = counter()
for _ in range(3):
    next(c)
c.close()
