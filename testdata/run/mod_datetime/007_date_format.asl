from datetime import date

d = date(2024, 3, 5)
fmts = ["%Y-%m-%d", "%d/%m/%y", "%A %d %B %Y", "%a %b %e", "%j", "%U %W %V %G %u %w",
        "%c", "%x", "%X", "%H:%M:%S", "%f|%z|%Z|", "%%Y", "%D %F", "%-d %-m", "%C %g"]
for f in fmts:
    print(repr(f), repr(d.strftime(f)))
print(f"{d}", f"{d:%d.%m.%Y}", format(d, ""), format(d, "%B"), "{:%Y}".format(d))
print("{0:%a} {0:%b}".format(date(2024, 12, 25)))
print(date(5, 1, 1).strftime("%Y|%y|%C"), date(999, 7, 4).strftime("%Y %m %d"))
try:
    format(d, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
print(d.timetuple())
print(d.timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).timetuple()[7])
print(date(2024, 1, 1).ctime(), date(2024, 11, 30).ctime())
