def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("processing", x)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def no_catch():
    yield 1
    yield 2
g = no_catch()
next(g)
try:
    g.throw(KeyError("propagates"))
except KeyError as e:
    print("KeyError", e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
g.close()
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("unstarted closed fine")
