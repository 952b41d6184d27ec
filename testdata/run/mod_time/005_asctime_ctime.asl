import time

t = time.gmtime(1704164645)
print(time.asctime(t))
print(time.asctime((2024, 12, 25, 18, 0, 0, 2, 360, 0)))
print(time.asctime((99999, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.asctime((5, 1, 2, 3, 4, 5, 6, 2, 0)))
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for b in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (1, 2, 3), "x"]:
    try:
        time.asctime(b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = time.ctime(0)
print(type(c).__name__, len(c), c[-4:] in ("1970", "1969"))
print(type(time.ctime()).__name__, len(time.ctime()) == 24, type(time.asctime()).__name__)
for secs in range(0, 86400 * 400, 86400 * 37):
    print(time.asctime(time.gmtime(secs)))
