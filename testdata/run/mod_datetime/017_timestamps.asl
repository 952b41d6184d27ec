from datetime import datetime, timezone, timedelta, date

for ts in [0, 1, -1, 1704164645, 1704164645.5, 1704164645.123456, 0.0000005, 0.0000015, -0.5, -1.0000005,
           951782400, 253402300799, -62135596800, 2**31, 1e9]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)))
for ts in [float("nan"), 253402300800, 1e20, "0", None]:
    try:
        print(datetime.utcfromtimestamp(ts))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for dt in [datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), datetime(1, 1, 1, tzinfo=timezone.utc),
           datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
           datetime(2000, 2, 29, tzinfo=timezone(timedelta(hours=-7)))]:
    ts = dt.timestamp()
    print(repr(ts), datetime.fromtimestamp(ts, timezone.utc))
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
print(epoch + timedelta(seconds=1704164645), (datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc) - epoch).total_seconds())
# local time: only properties, the machine's zone is unknown
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.today()).__name__, type(date.today()).__name__)
loc = datetime.fromtimestamp(1704164645)
print(abs(loc.timestamp() - 1704164645) < 1e-6, loc.tzinfo is None)
aware_now = datetime.now(timezone.utc)
print(aware_now.tzinfo is timezone.utc, abs((aware_now - epoch).total_seconds() - datetime.now().timestamp()) < 5)
print(abs((datetime.utcnow() - aware_now.replace(tzinfo=None)).total_seconds()) < 5)
local = datetime(2024, 6, 1, 12).astimezone()
print(type(local.tzinfo).__name__, local.utcoffset() is not None, local.replace(tzinfo=None) == datetime(2024, 6, 1, 12))
print(local.astimezone(timezone.utc).astimezone().replace(tzinfo=None))
print(datetime.fromtimestamp(86400 * 365).astimezone(timezone.utc) == datetime(1971, 1, 1, tzinfo=timezone.utc))
