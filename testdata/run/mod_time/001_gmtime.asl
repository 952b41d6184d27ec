import time

t = time.gmtime(1704164645)
print(t)
print(type(t), type(t).__name__, isinstance(t, tuple), len(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, t[0], t[-1], t[2:5], tuple(t), list(t)[:3])
y, mo, d, h, mi, s, wd, yd, dst = t
print(y, mo, d, h, mi, s, wd, yd, dst)
print(t == (2024, 1, 2, 3, 4, 5, 1, 2, 0), t == tuple(t), t != time.gmtime(0))
for secs in [0, -1, 86399, 86400, 951782400, 951868800, 2**31, -2**31, 1.9, -1.5, 1e10, True]:
    print(secs, tuple(time.gmtime(secs)))
for secs in ["0", [1], float("nan"), 1e20, 10**30]:
    try:
        time.gmtime(secs)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    t.tm_year = 2000
except AttributeError as e:
    print(type(e).__name__, e)
