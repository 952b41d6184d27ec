from datetime import datetime, timedelta, timezone

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8), "PST")
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
b = a.astimezone(ist)
c = a.astimezone(pst)
print(a, b, c)
print(repr(b))
print(a == b, b == c, a == c, hash(a) == hash(b) == hash(c))
print(b - c, c - a, repr(b - a), b.utcoffset(), c.tzname(), c.dst())
print(b.astimezone(utc), c.astimezone(ist), b.astimezone(ist) is b)
print(datetime(2024, 1, 1, 1, tzinfo=ist) < datetime(2024, 1, 1, 0, tzinfo=utc))
print(sorted([a, b.replace(hour=13), c.replace(hour=3)]))
naive = datetime(2024, 3, 10, 12)
print(naive == a, naive != a)
for f in [lambda: naive < a, lambda: naive - a, lambda: a - naive, lambda: a.astimezone(5)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(a.timestamp(), b.timestamp(), c.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())
print(a.utctimetuple())
print(b.utctimetuple())
print(b.replace(tzinfo=None), repr(b.timetz()), b.time())
print(datetime.fromtimestamp(1710072000, utc), datetime.fromtimestamp(1710072000, tz=ist))
print(repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-1)))))
print(datetime.combine(a.date(), b.timetz()), datetime.combine(a.date(), b.timetz(), tzinfo=None))
print(datetime(2024, 1, 1, tzinfo=utc) + timedelta(days=365))
print((datetime(2024, 1, 1, tzinfo=ist) - datetime(2024, 1, 1, tzinfo=ist)), b - b.replace(tzinfo=utc))
