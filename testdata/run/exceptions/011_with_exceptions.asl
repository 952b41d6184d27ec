class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "exc:", repr(ev))
        return self.suppress
with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name)
try:
    with Resource("c") as c, Resource("d"):
        raise KeyError("inner failure")
except KeyError as e:
    print("caught", e)
with Resource("outer", suppress=True):
    with Resource("inner"):
        raise RuntimeError("suppressed by outer")
print("continues")
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except ValueError as e:
    print("ValueError", e)
def ret_in_with():
    with Resource("r"):
        return "returned"
print(ret_in_with())
