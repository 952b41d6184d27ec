cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1234567), ("%c", "ab")]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print("%(missing)s" % {"k": 1})
except KeyError as e:
    print("KeyError", e)
print("no format chars" % ())
print("%s" % [()], "%s %s" % ("a", ()))
