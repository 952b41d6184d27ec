# a small log parser built on re
import re

LOG = """\
2024-03-01 12:00:01 INFO  server: started on port 8080
2024-03-01 12:00:05 WARN  db: slow query took 1532ms
2024-03-01 12:01:10 ERROR api: request /users/42 failed (status=500)
2024-03-01 12:01:11 INFO  api: request /users/42 ok (status=200)
garbage line without format
2024-03-01 12:02:00 ERROR db: connection lost
2024-03-01 12:03:30 INFO  api: request /items ok (status=200)
2024-03-01 12:04:00 WARN  api: request /items/7 slow (status=200) took 900ms
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+"
    r"(?P<source>\w+): (?P<msg>.*)$"
)
STATUS = re.compile(r"\(status=(\d{3})\)")
DURATION = re.compile(r"(\d+)ms")
PATH = re.compile(r"/\w+(?:/\d+)?")

levels = {}
sources = {}
statuses = []
durations = []
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print("line", n, "unparsed:", line)
        continue
    d = m.groupdict()
    levels[d["level"]] = levels.get(d["level"], 0) + 1
    sources.setdefault(d["source"], []).append(n)
    s = STATUS.search(d["msg"])
    if s:
        statuses.append(int(s.group(1)))
    for ms in DURATION.findall(d["msg"]):
        durations.append(int(ms))
    if d["level"] == "ERROR":
        path = PATH.search(d["msg"])
        print("error at", d["time"], "from", d["source"], "path", path.group() if path else None)

print("levels:", sorted(levels.items()))
print("sources:", sorted(sources.items()))
print("statuses:", statuses, "errors:", sum(1 for s in statuses if s >= 500))
print("durations:", durations, "max:", max(durations))
print("bad lines:", bad)

# anonymize ids in paths
print(re.sub(r"/(\d+)", lambda m: "/" + "#" * len(m.group(1)), LOG.splitlines()[2]))
# reformat dates
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", LOG.splitlines()[0]))
