from datetime import timedelta

# float components are rounded half to even on the total microseconds
cases = [
    dict(days=1.5), dict(hours=0.5), dict(seconds=0.0000005), dict(seconds=0.0000015),
    dict(seconds=0.0000025), dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5),
    dict(microseconds=-1.5), dict(milliseconds=0.0015), dict(minutes=1.25), dict(weeks=0.1),
    dict(days=-0.25), dict(seconds=1e-7), dict(days=1.1, seconds=2.2, microseconds=3.3),
    dict(seconds=123456.789), dict(hours=-1.5, minutes=30.25),
]
for c in cases:
    td = timedelta(**c)
    print(sorted(c.items()), repr(td), td)
print(timedelta(days=0.5) == timedelta(hours=12))
print(timedelta(seconds=1.0) == timedelta(seconds=1))
print(timedelta(microseconds=2.5) == timedelta(microseconds=2))
print(timedelta(microseconds=3.5) == timedelta(microseconds=4))
try:
    timedelta(days=1e10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    timedelta(seconds=float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
