tests = [
    lambda: format(1, "q"),
    lambda: format("s", ","),
    lambda: format(1.5, "x"),
    lambda: format(1, ".2d"),
    lambda: format("s", "=10"),
    lambda: format(1, ",_"),
    lambda: f"{1:abc}",
    lambda: "{:s}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: format(1, "c") + format(-1, "c"),
]
for t in tests:
    try:
        print(repr(t()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
