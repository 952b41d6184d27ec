from datetime import timezone, timedelta, datetime, tzinfo

print(timezone.utc, repr(timezone.utc), str(timezone.utc))
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc)
print(repr(timezone(timedelta(0), "UTC")), repr(timezone(timedelta(hours=1))))
print(repr(timezone(timedelta(hours=-5), "EST")), timezone(timedelta(hours=-5), "EST"))
print(timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-2, minutes=-15)))
print(timezone(timedelta(seconds=3661)), timezone(timedelta(seconds=-1, microseconds=5)))
print(repr(timezone.min), repr(timezone.max), timezone.min, timezone.max)
tz = timezone(timedelta(hours=9), "JST")
print(tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz.utcoffset(datetime(2024, 1, 1)))
print(isinstance(tz, tzinfo), isinstance(timezone.utc, timezone))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), tz != timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(minutes=60)), tz == 5)
print(len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "A"), timezone.utc}))
dt = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(tz.fromutc(dt.replace(tzinfo=tz)))
for f in [lambda: timezone(timedelta(hours=24)), lambda: timezone(-timedelta(hours=24)),
          lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: tz.utcoffset(5),
          lambda: tz.fromutc(dt), lambda: tz.fromutc("x"), lambda: tz.tzname(1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))))
base = tzinfo()
for m in ["utcoffset", "dst", "tzname"]:
    try:
        getattr(base, m)(None)
    except NotImplementedError as e:
        print(type(e).__name__, e)
