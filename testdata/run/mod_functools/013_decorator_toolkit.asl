# A small decorator toolkit built on functools: timing-free counters,
# validation, retries and memoization with partial and wraps.
import functools

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def validate(**checks):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError("bad %s: %r" % (name, kwargs[name]))
            return func(**kwargs)
        return wrapper
    return deco

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except RuntimeError as e:
                    print("  attempt %d failed: %s" % (attempt, e))
            raise RuntimeError("gave up after %d attempts" % times)
        return wrapper
    return deco

@counted
def hello(name):
    """Greets."""
    return "hello " + name

print(hello("a"), hello("b"), hello.calls, hello.__name__, hello.__doc__)

@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def register(name, age):
    return "%s (%d)" % (name, age)

print(register(name="ann", age=30))
for kwargs in [{"name": "bob", "age": 200}, {"name": "r2d2", "age": 5}]:
    try:
        register(**kwargs)
    except ValueError as e:
        print("ValueError", e)

state = {"n": 0}

@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise RuntimeError("not yet (%d)" % state["n"])
    return "ok after %d" % state["n"]

print(flaky(3))
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError", e)

@counted
@functools.lru_cache(maxsize=None)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)

print(stairs(30), stairs.calls, stairs.__wrapped__.cache_info().hits)

log = []
emit = functools.partial(log.append)
warn = functools.partial(lambda level, msg: log.append("%s: %s" % (level, msg)), "WARN")
emit("start")
warn("disk low")
warn(msg="cpu hot")
print(log)
