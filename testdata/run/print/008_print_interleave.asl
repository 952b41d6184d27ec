import sys
for i in range(5):
    print(i, end=" ")
    if i % 2:
        print("odd", file=sys.stderr)
print()
def show(*args, **kw):
    print("show:", *args, **kw)
show(1, 2)
show(1, 2, sep="/")
show("no", "newline", end="")
show(" then newline")
opts = {"sep": "::", "end": "<<\n"}
print("a", "b", **opts)
