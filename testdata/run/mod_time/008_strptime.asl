import time

cases = [
    ("2024-01-02", "%Y-%m-%d"),
    ("Tue Jan  2 03:04:05 2024", "%a %b %d %H:%M:%S %Y"),
    ("Tue Jan  2 03:04:05 2024", None),
    ("31/12/99 23:59", "%d/%m/%y %H:%M"),
    ("2024 60", "%Y %j"),
    ("2023 52 0", "%Y %U %w"),
    ("2024 1 1", "%Y %W %u"),
    ("2020-W53-7", "%G-W%V-%u"),
    ("March 3", "%B %d"),
    ("11 PM", "%I %p"),
    ("2024-01-02 GMT", "%Y-%m-%d %Z"),
    ("  7 ", " %d "),
]
for s, f in cases:
    r = time.strptime(s) if f is None else time.strptime(s, f)
    print(repr(s), r)
for s, f in [("2024-02-30", "%Y-%m-%d"), ("x", "%Y"), ("2024 x", "%Y"), ("2024", "%Y%"), ("1", "%J"),
             ("2024", "%G"), ("5", "%V %u"), ("5 1 2024", "%V %u %Y")]:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(5, "%Y"), ("2024", 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
t = time.strptime("2024-05-17 10:20:30", "%Y-%m-%d %H:%M:%S")
print(time.strftime("%Y-%m-%d %H:%M:%S", t), t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone)
