from datetime import date, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat(), d.ctime())
print(date.fromordinal(1), date.fromordinal(738945), date.fromordinal(date.max.toordinal()))
print(date(1, 1, 1).toordinal(), date(1970, 1, 1).toordinal(), date(2000, 3, 1).toordinal())
for y, m, dd in [(2024, 1, 1), (2023, 12, 31), (1900, 2, 28), (2000, 2, 29), (1, 12, 31), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x)
bad = [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2023, 2, 29), (2024, 4, 31),
       (2024, 1, 0), (2024, 1, 32), (1900, 2, 29)]
for args in bad:
    try:
        date(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2024.0, 1, 1), ("2024", 1, 1), (2024, 1, None)]:
    try:
        date(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for n in [0, -5, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(type(e).__name__, e)
print(d.replace(day=1), d.replace(year=2028), d.replace(month=3, day=31))
try:
    d.replace(year=2023)
except ValueError as e:
    print(type(e).__name__, e)
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) != 5)
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(isinstance(d, date), type(d).__name__, type(d))
