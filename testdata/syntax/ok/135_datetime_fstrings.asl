from datetime import datetime, timedelta, timezone

now = datetime(2024, 2, 29, 13, 5, 9, tzinfo=timezone.utc)
stamp = f"{now:%Y-%m-%d %H:%M:%S}"
iso = f"{now:%Y-%m-%dT%H:%M:%S%z}"
human = f"{now:%A, %B %d}"
percent = f"{now:%%}"
week = f"week {now:%W} of {now.year}"
later = now + timedelta(days=1, hours=2)
delta = later - now
report = f"{delta.total_seconds():,.0f}s since {now:%H:%M} ({delta!s})"
table = "\n".join(
    f"{d:%a %d}|{(now + timedelta(days=d.day % 3)):%m/%d}"
    for d in (now + timedelta(days=i) for i in range(3))
)
nested = f"{now:{'%Y' if True else '%y'}}"
