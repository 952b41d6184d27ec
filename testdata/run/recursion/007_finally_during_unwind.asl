count = 0
def rec(n):
    global count
    try:
        return rec(n + 1)
    finally:
        count += 1
try:
    rec(0)
except RecursionError:
    print("caught; finally blocks ran:", count > 100)
def gen_rec(n):
    yield n
    yield from gen_rec(n + 1)
try:
    for v in gen_rec(0):
        pass
except RecursionError:
    print("generator recursion caught, last value large:", v > 100)
