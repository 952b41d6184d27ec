print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]} {2.real}".format([10, 20], {"k": "v"}, 5))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{{}} {{{}}}".format(7))
print("{:.3f} {:+d} {:,}".format(3.14159, 5, 10**9))
args = ("a", "b")
kw = {"x": 1}
print("{0}{1}{x}".format(*args, **kw))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError", e)
try:
    print("{missing}".format(a=1))
except KeyError as e:
    print("KeyError", e)
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{0:*^{1}}".format("mid", 11))
