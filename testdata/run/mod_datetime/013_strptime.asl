from datetime import datetime

cases = [
    ("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
    ("02/01/24", "%d/%m/%y"),
    ("02/01/69", "%d/%m/%y"),
    ("02/01/68", "%d/%m/%y"),
    ("Tue Jan  2 03:04:05 2024", "%c"),
    ("Wednesday, March 6, 2024", "%A, %B %d, %Y"),
    ("mar 6 2024", "%b %d %Y"),
    ("12:30 PM", "%I:%M %p"),
    ("12:30 am", "%I:%M %p"),
    ("7:05 pm", "%I:%M %p"),
    ("2024-001", "%Y-%j"),
    ("2024-366", "%Y-%j"),
    ("2024 10 1", "%Y %W %w"),
    ("2024 10 0", "%Y %U %w"),
    ("2024-W10-3", "%G-W%V-%u"),
    ("10:11:12.5", "%H:%M:%S.%f"),
    ("10:11:12.000123", "%H:%M:%S.%f"),
    ("2024-01-02T03:04:05+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-02T03:04:05-08:00", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-02T03:04:05Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-02 UTC", "%Y-%m-%d %Z"),
    ("29 Feb", "%d %b"),
    ("100% 2024", "100%% %Y"),
    ("  2024   5", "%Y %m"),
    ("5", "%m"),
]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), type(e).__name__, e)
bad = [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Y %Q"),
       ("2024", "%"), ("2023-02-29", "%Y-%m-%d"), ("2024 10", "%G %V"), ("10", "%V"),
       ("+05:3000", "%z")]
for s, f in bad:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    datetime.strptime(2024, "%Y")
except TypeError as e:
    print(type(e).__name__, e)
d = datetime.strptime("2024-05-06 07:08", "%Y-%m-%d %H:%M")
print(d.strftime("%Y-%m-%d %H:%M") == "2024-05-06 07:08", d.tzinfo)
print(datetime.strptime("+0100", "%z").tzinfo, datetime.strptime("UTC+0000", "%Z%z").tzinfo)
