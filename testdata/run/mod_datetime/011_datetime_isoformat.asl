from datetime import datetime, timezone, timedelta

dt = datetime(2024, 1, 2, 3, 4, 5, 6789)
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"), str(dt))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 2).isoformat(timespec=spec))
try:
    dt.isoformat(timespec="nanos")
except ValueError as e:
    print(type(e).__name__, e)
aware = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.isoformat(), aware, datetime(2024, 1, 2, tzinfo=timezone.utc).isoformat())
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-3, seconds=-7))).isoformat())
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(microseconds=-1))).isoformat())
for s in ["2024-01-02", "2024-01-02T03", "2024-01-02T03:04", "2024-01-02 03:04:05", "2024-01-02T03:04:05.123",
          "2024-01-02T03:04:05.123456789", "2024-01-02T03:04:05,5", "2024-01-02T03:04:05Z",
          "2024-01-02T03:04:05+05:30", "2024-01-02T03:04:05-0800", "2024-01-02T03:04:05+00:00",
          "2024-01-02T030405", "20240102T030405", "2024-01-02T03:04:05.5+01:00:30",
          "2024-W01-2T10:00", "2024W012T10", "2024-01-02x03:04"]:
    r = datetime.fromisoformat(s)
    print(s, "->", repr(r))
for s in ["2024-01-02T", "2024-01-02T3", "2024-01-02T25:00", "2024-01-02T03:04:05+", "2024-01-0",
          "2024-01-02T03:04:05 ", "2024-01-02T03:4", "x", "2024-01-02T03:04:05ZZ", "2024-01-02T03:04:60"]:
    try:
        print(repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
for x in [dt, aware, datetime(1, 1, 1), datetime.max]:
    print(datetime.fromisoformat(x.isoformat()) == x)
