class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False
with Managed():
    print("inside")
    raise IndexError("from with body")
print("unreachable")
