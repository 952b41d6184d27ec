from datetime import time, timezone, timedelta

t = time(13, 5, 7, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)))
print(time(), time(23, 59, 59, 999999), repr(time(1, fold=1)))
print(time.min, time.max, repr(time.resolution))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(4).isoformat(timespec=spec))
aware = time(9, 30, tzinfo=timezone(timedelta(hours=2)))
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst())
print(time(9, 30, tzinfo=timezone.utc), repr(time(9, 30, tzinfo=timezone.utc)))
print(t.replace(hour=0), t.replace(microsecond=0), repr(aware.replace(tzinfo=None)))
print(t.strftime("%H:%M:%S.%f %p"), t.strftime("%Y-%m-%d"), aware.strftime("%z %Z"), f"{t:%I%p}")
print(t < time(14), t == time(13, 5, 7, 250), time(0) == time(0, 0, 0), bool(time(0)))
print(aware == time(7, 30, tzinfo=timezone.utc), aware < time(8, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
print(sorted([time(5), time(1, 30), time(1, 29, 59)]))
print(len({time(1), time(1, 0), time(2)}))
for f in [lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, -1),
          lambda: time(fold=3), lambda: time(tzinfo=1), lambda: time(1) < time(1, tzinfo=timezone.utc),
          lambda: time(1) + timedelta(1), lambda: time(1) < 5, lambda: time(1.0)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["10:30", "10:30:15", "10:30:15.5", "T10:30", "103015", "10", "10:30:15+01:00", "10:30Z",
          "10:30:15.123456-0330"]:
    print(s, repr(time.fromisoformat(s)))
for s in ["", "1", "10:3", "25:00", "10:30:15+", "10.5"]:
    try:
        print(repr(time.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
