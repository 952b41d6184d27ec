import time

# the machine's zone is unknown: print only properties of local results
lt = time.localtime(1704164645)
gm = time.gmtime(1704164645)
print(type(lt).__name__, len(lt), isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int))
print(lt.tm_gmtoff % 60 == 0, abs(lt.tm_gmtoff) < 86400, lt.tm_isdst in (0, 1))
print(time.mktime(lt) == 1704164645.0, type(time.mktime(lt)).__name__)
print(time.mktime(time.localtime(0)), time.mktime(time.localtime(86400 * 365)))
print(time.localtime().tm_year >= 2024, time.localtime(None).tm_year >= 2024)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
print(time.timezone % 60 == 0, (time.daylight == 0) == (time.timezone == time.altzone))
print(abs(time.mktime(time.localtime()) - time.time()) < 2)
print(time.strftime("%Y", lt) == str(lt.tm_year), len(time.strftime("%H:%M")) == 5)
print(time.ctime(1704164645) == time.asctime(lt))
print(time.strftime("%s", lt), time.strftime("%s", time.localtime(0)))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)) - time.mktime((2023, 12, 31, 0, 0, 0, 0, 1, -1)) in (86400.0, 82800.0, 90000.0))
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 1, -1)) == time.mktime((2025, 1, 1, 0, 0, 0, 0, 1, -1)))
for bad in ["x", (1, 2, 3)]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(type(e).__name__, e)
