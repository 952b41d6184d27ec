from datetime import timedelta

print(timedelta())
print(repr(timedelta()))
print(repr(timedelta(1)), timedelta(1))
print(repr(timedelta(days=-1)), timedelta(days=-1))
print(repr(timedelta(seconds=-1)), timedelta(seconds=-1))
print(repr(timedelta(microseconds=-1)), timedelta(microseconds=-1))
print(repr(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8)))
print(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
print(timedelta(hours=25), timedelta(days=2, hours=-1), timedelta(days=-2))
print(timedelta(minutes=90).seconds, timedelta(minutes=90).days, timedelta(milliseconds=1).microseconds)
td = timedelta(days=-1, seconds=5, microseconds=-3)
print(td.days, td.seconds, td.microseconds, repr(td))
print(timedelta(1, 2, 3) == timedelta(days=1, seconds=2, microseconds=3))
print(timedelta(hours=24) == timedelta(days=1), timedelta(0) == 0, timedelta(0) != 0)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(days=1, seconds=1).total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta(days=-3, hours=5).total_seconds())
print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(timedelta.resolution, repr(timedelta.resolution))
print(str(timedelta(days=999999999)), str(timedelta(seconds=86399, microseconds=999999)))
print(timedelta(days=1) in {timedelta(hours=24): 1})
print(hash(timedelta(1)) == hash(timedelta(hours=24)))
for args in [dict(days="1"), dict(seconds=None), dict(weeks=[1])]:
    try:
        timedelta(**args)
    except TypeError as e:
        print(type(e).__name__, e)
for n in [999999999, 1000000000, -1000000000, 10**10]:
    try:
        print(timedelta(days=n))
    except OverflowError as e:
        print(type(e).__name__, e)
