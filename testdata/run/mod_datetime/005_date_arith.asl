from datetime import date, datetime, timedelta

d = date(2024, 1, 31)
dt0 = datetime(2024, 1, 1)
print(d + timedelta(days=1), d + timedelta(days=30), d - timedelta(days=31), timedelta(days=366) + d)
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1), d + timedelta(hours=-1))
print(date(2024, 12, 25) - date(2024, 1, 1), repr(date(2024, 1, 1) - date(2024, 12, 25)))
print((date(2025, 1, 1) - date(2024, 1, 1)).days, (date(2024, 3, 1) - date(2024, 2, 1)).days)
x = date(2024, 2, 28)
x += timedelta(days=1)
print(x)
x -= timedelta(weeks=1)
print(x)
for f in [lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1),
          lambda: d + 1, lambda: 1 + d, lambda: d - 1, lambda: d + d, lambda: d < 3, lambda: d - dt0]:
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
# counting days between dates
start = date(2024, 1, 1)
mondays = [start + timedelta(days=i) for i in range(366) if (start + timedelta(days=i)).weekday() == 0]
print(len(mondays), mondays[0], mondays[-1])
month_ends = []
for m in range(1, 13):
    nxt = date(2024 + m // 12, m % 12 + 1, 1)
    month_ends.append((nxt - timedelta(days=1)).day)
print(month_ends)
