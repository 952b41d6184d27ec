from datetime import date, datetime, timedelta, timezone, time

by_day = {}
events = [datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), datetime(2024, 3, 2, 8), datetime(2024, 2, 29, 23)]
for e in events:
    by_day.setdefault(e.date(), []).append(e.time())
for d in sorted(by_day):
    print(d, [t.isoformat() for t in by_day[d]])
print(date(2024, 3, 1) in by_day, date(2024, 3, 3) in by_day)
print(len({timedelta(days=1), timedelta(hours=24), timedelta(seconds=86400)}))
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))
print(a == b, len({a, b}), {a: "x"}[b])
print(sorted([time(23), time(0, 1), time(12)]), sorted([date.max, date.min, date(2000, 1, 1)]))
print(sorted(events, reverse=True)[0], min(events), max(events) - min(events))
print(sorted([timedelta(-1), timedelta(0), timedelta(microseconds=-1), timedelta(seconds=1)]))
print(sorted(events, key=lambda e: (e.hour, e.date())))
print(date(2024, 1, 1) in [date(2024, 1, 1)], timedelta(0) in [0], datetime(2024, 1, 1) in [date(2024, 1, 1)])
