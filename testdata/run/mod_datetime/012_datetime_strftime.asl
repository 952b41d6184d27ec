from datetime import datetime, timezone, timedelta

dt = datetime(2024, 7, 4, 15, 9, 26, 535897)
for f in ["%Y-%m-%d %H:%M:%S.%f", "%I:%M %p", "%a %A %b %B", "%j %U %W", "%y%m%d%H%M%S", "%c",
          "%x %X", "%s" if False else "%%s", "%Z|%z", "%e %k %l", "%f%f", "%T", "%r", "%R", "%h", "%n%t",
          "%-H %-I %-M", "%G-W%V-%u", "%P", "%^A %^b", "100%", "%Q", "%Ey %Od", ""]:
    print(repr(f), repr(dt.strftime(f)))
tz = timezone(timedelta(hours=-4), "EDT")
a = dt.replace(tzinfo=tz)
print(a.strftime("%H:%M %Z %z"), a.strftime("%%Z=%Z"))
print(dt.replace(tzinfo=timezone.utc).strftime("%Z %z"))
print(dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=45, seconds=30))).strftime("%z %Z"))
print(dt.replace(tzinfo=timezone(timedelta(hours=1), "50%")).strftime("%Z"))
print(f"{dt:%Y/%m/%d}", f"{dt}", "{:%H}h".format(dt), format(dt, "%B %-d, %Y"))
print(datetime(2024, 1, 1, 0, 5).strftime("%I %p"), datetime(2024, 1, 1, 12, 5).strftime("%I %p"))
print(datetime(2024, 1, 1, 23).strftime("%I %p %l"))
print(dt.timetuple())
print(dt.replace(tzinfo=timezone.utc).timetuple().tm_isdst, dt.timetuple().tm_isdst)
print(datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=3))).utctimetuple())
print(datetime(33, 2, 3).strftime("%Y %C %y"))
