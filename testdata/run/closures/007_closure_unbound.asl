def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner()
print(outer())
def bad_counter():
    n = 0
    def inc():
        n += 1
        return n
    return inc
try:
    bad_counter()()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
