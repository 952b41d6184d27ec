import sys
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("context exit sees", et.__name__, ev.code)
        return False
print("argv length", len(sys.argv), sys.argv[0].endswith(".asl"))
with Ctx():
    sys.exit(42)
