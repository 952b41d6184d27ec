from datetime import date, datetime, timedelta, tzinfo, timezone


class MyDate(date):
    def describe(self):
        return "day %d of %d" % (self.timetuple().tm_yday, self.year)


class Stamp(datetime):
    pass


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%r)" % self.name


d = MyDate(2024, 3, 1)
print(d, repr(d), d.describe(), type(d + timedelta(days=1)).__name__, type(d.replace(day=2)).__name__)
print(type(MyDate.fromordinal(1)).__name__, type(MyDate.fromisoformat("2024-01-01")).__name__)
print(d == date(2024, 3, 1), d - date(2024, 1, 1), isinstance(d, date))
s = Stamp(2024, 1, 1, 10)
print(s, repr(s), type(s + timedelta(1)).__name__, type(Stamp.fromisoformat("2024-01-01")).__name__)
print(type(Stamp.strptime("2024", "%Y")).__name__, type(Stamp.combine(d, s.time())).__name__)
cet = Fixed(60, "CET")
x = datetime(2024, 7, 1, 12, tzinfo=cet)
print(x, repr(x), x.utcoffset(), x.tzname(), x.dst(), x.strftime("%H:%M %Z %z"))
print(x.astimezone(timezone.utc), x.timetuple().tm_isdst, x.timestamp())
y = x.astimezone(Fixed(-90, "X"))
print(y, y.tzname(), y == x)


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 60

    def tzname(self, dt):
        return 5


for f in [lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=Bad()).tzname(),
          lambda: datetime(2024, 1, 1, tzinfo=Fixed(24 * 60, "big")).utcoffset()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
