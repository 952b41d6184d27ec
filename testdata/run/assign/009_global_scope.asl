counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(isinstance(globals(), dict), "counter" in globals(), globals()["counter"])
