from datetime import datetime, timedelta

dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt + timedelta(days=1, minutes=30), dt - timedelta(days=59))
print(timedelta(microseconds=1) + dt, repr(dt + timedelta(microseconds=-1)))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), repr(datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 1)))
print(datetime(2025, 1, 1) - datetime(2024, 1, 1, 12, 30, 15, 500), (datetime(2000, 1, 1) - datetime(1970, 1, 1)).total_seconds())
print(datetime(2024, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(1, 1, 1) + timedelta(days=365 * 2000, seconds=1))
x = datetime(2024, 1, 1)
for _ in range(3):
    x += timedelta(days=10, hours=7)
print(x, x - datetime(2024, 1, 1))
for f in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: dt + dt, lambda: dt + 1, lambda: dt - 1, lambda: 1 - dt, lambda: dt - dt.date(), lambda: dt < 1,
          lambda: dt < dt.date(), lambda: dt.date() < dt, lambda: dt > "2024"]:
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(dt == dt.date(), dt.date() == dt, dt != dt.date(), dt == "x", dt != None)
print(dt > datetime(2024, 2, 28), dt <= datetime(2024, 2, 28, 23, 30), max(dt, datetime(2030, 1, 1)))
# hours in a week, step by 12h
t = datetime(2024, 3, 9)
stamps = []
while t < datetime(2024, 3, 11):
    stamps.append(t.strftime("%a %H"))
    t += timedelta(hours=12)
print(stamps)
