class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return False
with Tag("html") as t:
    print("inside", t.name)
    with Tag("body"), Tag("p") as p:
        print("text in", p.name)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, e, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, e)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError) as s:
    print("s is", s)
    1 / 0
    print("not reached")
print("after suppress")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("propagated", e)
try:
    with Tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
