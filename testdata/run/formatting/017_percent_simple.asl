print("w%x" % 255, "w%x" % -255, "%d-%s" % (3, "a"), "%s" % 5, "%i%%" % 7, "%s" % "é")
print("%s" % [1], "%s" % {}, "abc" % {}, "%s %s" % ("a", 2.5), "%d" % True, "%x" % 2**70)
print("%(a)s" % {"a": 1}, "%5d|" % 3, "%-3s|" % "x", "%r" % "q", "%s" % (1,))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%d", (1, 2)), ("%", 1), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s" % None, "%d" % -0, "%s%s" % ("", ""), "" % ())
