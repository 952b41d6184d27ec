from datetime import date

for s in ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-3", "2024W013", "2020-W53-7",
          "0001-01-01", "9999-12-31"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-1-2", "2024-01-2", "2024/01/02", "24-01-02", "", "2024-01-02T00:00", "2024-13-01",
          "2024-02-30", "2024-W54", "2024-W01-8", "2024-01", "abcd-ef-gh", "0000-01-01", "2024-W1"]:
    try:
        print(repr(date.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    date.fromisoformat(20240102)
except TypeError as e:
    print(type(e).__name__, e)
d = date(2024, 7, 4)
print(d.isoformat(), str(d), date.fromisoformat(d.isoformat()) == d)
print(date(12, 3, 4).isoformat(), date(12, 3, 4))
