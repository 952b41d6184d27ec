import time

fmt = "%Y-%m-%d %H:%M:%S"
for secs in [0, 1, 951782400, 1234567890, 1704164645, 2147483647, 4102444800, -86400]:
    g = time.gmtime(secs)
    s = time.strftime(fmt, g)
    p = time.strptime(s, fmt)
    print(secs, s, tuple(p)[:8] == tuple(g)[:8], p.tm_isdst)
print(time.strftime("%c", time.strptime("Sat Feb 29 12:00:00 2020", "%c")))
print(time.strftime("%x %X", time.strptime("02/29/20 12:34:56", "%x %X")))
parts = time.strptime("1999-12-31T23:59:59", "%Y-%m-%dT%H:%M:%S")
print(parts.tm_year, parts.tm_mon, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, parts.tm_wday, parts.tm_yday)
