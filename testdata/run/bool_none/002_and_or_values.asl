print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1, [1] and "x", "a" or "b", None and 1, 0 or None)
print(not 0, not 1, not "", not "x", not None)
def loud(x):
    print("eval", x)
    return x
print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud(0) or loud(3))
print(loud(4) or loud(5))
print(loud(None) or loud(0) or loud("last"))
print(loud(1) and loud(0) or loud("fallback"))
x = None
name = x or "anonymous"
print(name)
print(1 < 2 and "yes" or "no", 1 > 2 and "yes" or "no")
