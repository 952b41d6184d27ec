from datetime import datetime, date, time, timedelta, timezone

# a small meeting planner over fixed-offset zones
zones = {
    "London": timezone(timedelta(0), "GMT"),
    "New York": timezone(timedelta(hours=-5), "EST"),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
    "Kolkata": timezone(timedelta(hours=5, minutes=30), "IST"),
}
meeting = datetime(2024, 1, 15, 14, 0, tzinfo=zones["London"])
for city in sorted(zones):
    local = meeting.astimezone(zones[city])
    print("%-9s %s %s (%s)" % (city, local.strftime("%a %d %b %H:%M"), local.tzname(), local.utcoffset()))

def working_days(start, end):
    n = 0
    d = start
    while d <= end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n

print(working_days(date(2024, 1, 1), date(2024, 1, 31)), working_days(date(2024, 2, 1), date(2024, 2, 29)))
slots = []
t = datetime.combine(date(2024, 1, 15), time(9, 0))
end = datetime.combine(date(2024, 1, 15), time(12, 0))
while t < end:
    slots.append(t.time().isoformat(timespec="minutes"))
    t += timedelta(minutes=45)
print(slots)
log = ["2024-01-15T09:00:00", "2024-01-15T09:42:10", "2024-01-15T11:05:33.250000", "2024-01-16T08:00:00"]
stamps = [datetime.fromisoformat(s) for s in log]
gaps = [b - a for a, b in zip(stamps, stamps[1:])]
print([str(g) for g in gaps], str(sum(gaps, timedelta())), max(gaps), min(gaps))
print(sum(gaps, timedelta()) / len(gaps), sum(gaps, timedelta()) // timedelta(minutes=1))
deadline = date(2024, 12, 25)
for today in [date(2024, 12, 1), date(2024, 12, 24), date(2024, 12, 25), date(2024, 12, 26)]:
    left = (deadline - today).days
    print(today, "%d day%s left" % (left, "" if left == 1 else "s") if left >= 0 else "late")
ages = {"ann": date(1990, 2, 28), "bob": date(2000, 2, 29), "cy": date(2010, 12, 31)}
ref = date(2024, 2, 28)
for name in sorted(ages):
    b = ages[name]
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    print(name, age)
