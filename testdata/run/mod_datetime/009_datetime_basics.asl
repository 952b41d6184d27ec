from datetime import datetime, date, time, timedelta

dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 0, 0, 1)))
print(repr(datetime(2024, 1, 2, 0, 0, 0, 1)), datetime(2024, 1, 2, 0, 0, 0, 1))
print(repr(datetime(2024, 1, 2, fold=1)), datetime(2024, 1, 2, fold=1).fold)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(isinstance(dt, date), isinstance(dt, datetime), issubclass(datetime, date))
print(dt.date(), repr(dt.date()), dt.time(), repr(dt.time()), repr(dt.timetz()))
print(datetime.min, datetime.max, repr(datetime.resolution))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
print(dt.timetuple())
print(dt.replace(hour=23, microsecond=5), dt.replace(year=2000, month=2, day=29))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2024, 5, 6), time())))
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000),
             (2024, 1, 1, -1), (2024, 2, 30), (0, 1, 1)]:
    try:
        datetime(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for f in [lambda: datetime(2024, 1, 1, fold=2), lambda: datetime(2024, 1, 1, tzinfo="UTC"),
          lambda: datetime(2024, 1, 1, 1.5), lambda: datetime.combine(1, time()),
          lambda: datetime.combine(date(2024, 1, 1), 1), lambda: dt.replace(month=13)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0)}))
print(sorted([datetime(2024, 1, 1, 12), datetime(2024, 1, 1), datetime(2023, 12, 31, 23, 59)]))
