import time

# walk a leap year day by day through gmtime and check the fields agree
start = 1704067200  # 2024-01-01 00:00:00 UTC
prev = None
months = {}
for day in range(366):
    t = time.gmtime(start + day * 86400)
    months[t.tm_mon] = months.get(t.tm_mon, 0) + 1
    assert t.tm_yday == day + 1
    if prev is not None:
        assert t.tm_wday == (prev.tm_wday + 1) % 7
    prev = t
print(months)
print(time.strftime("%A %d %B %Y", prev), prev.tm_yday)
# week numbers around new year
for secs in range(1703980800, 1703980800 + 86400 * 10, 86400):
    t = time.gmtime(secs)
    print(time.strftime("%Y-%m-%d %a U%U W%W V%V G%G", t))
# seconds to a readable duration
def duration(secs):
    t = time.gmtime(secs)
    return "%dd %s" % (t.tm_yday - 1, time.strftime("%H:%M:%S", t))
for s in [0, 59, 3600, 86399, 90061, 1000000]:
    print(s, duration(s))
print([time.strftime("%b", (2024, m, 1, 0, 0, 0, 0, 1, 0)) for m in range(1, 13)])
print([time.strftime("%A", (2024, 1, 1, 0, 0, 0, d, 1, 0)) for d in range(7)])
