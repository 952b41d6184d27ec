import time
from datetime import datetime, date, timezone, timedelta

d = datetime(2024, 10, 31, 22, 15, 30)
tt = d.timetuple()
print(tt, type(tt).__name__)
print(time.strftime("%Y-%m-%d %H:%M:%S", tt), time.asctime(tt))
print(date(2024, 2, 29).timetuple())
a = datetime(2024, 10, 31, 22, 15, 30, tzinfo=timezone(timedelta(hours=-2)))
print(a.timetuple(), a.utctimetuple())
print(time.strftime("%j %U", a.utctimetuple()))
g = time.gmtime(1730412930)
print(datetime(*g[:6]), datetime(*g[:6]) == datetime.utcfromtimestamp(1730412930))
print(date(*time.gmtime(0)[:3]), datetime.strptime(time.strftime("%Y-%m-%d", g), "%Y-%m-%d"))
print(tuple(time.strptime("2024-10-31", "%Y-%m-%d")) == tuple(date(2024, 10, 31).timetuple()))
