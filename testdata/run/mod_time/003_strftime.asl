import time

t = time.gmtime(1704164645)
for f in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x", "%X", "%D", "%F", "%T", "%r", "%R",
          "%e|%k|%l", "%C %y %g %G", "%j %U %W %V %u %w", "%p %P %I", "%Z %z", "%%", "%n%t",
          "%Q", "%", "abc%", "%-d %-m %_d %0e %^a %^B %#Z", "%10Y|%5d|%E|%Ey|%Od|%+", "", "plain text",
          "%5a|%-5b|%_3d"]:
    print(repr(f), repr(time.strftime(f, t)))
print(time.strftime("%Y %y %C %G", (5, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.strftime("%Y %y %C", (-5, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.strftime("%m %d %j", (2024, 0, 0, 3, 4, 5, 1, 0, 0)))
print(time.strftime("%Y|%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.strftime("%Z|%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "XYZ", -3600 * 5 - 1800))))
print(time.strftime("%Z|%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "EAST", 3600 * 10))))
for d in range(7):
    print(time.strftime("%a %w %u", (2024, 1, 1, 0, 0, 0, d, 1, 0)), end="; ")
print()
print(time.strftime("%a %w", (2024, 1, 1, 0, 0, 0, 7, 1, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
