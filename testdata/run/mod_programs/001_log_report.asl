# A log analyzer: re for parsing, collections for counting, json for output.
import re
import json
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012
2024-03-01 12:00:02 INFO  [web] GET /about.html 200 0.020
2024-03-01 12:00:02 WARN  [db] slow query took 1.532s
2024-03-01 12:00:03 ERROR [web] GET /missing 404 0.001
2024-03-01 12:00:04 INFO  [web] POST /api/items 201 0.145
2024-03-01 12:00:05 ERROR [db] connection reset by peer
2024-03-01 12:00:06 INFO  [web] GET /index.html 200 0.010
2024-03-01 12:00:07 INFO  [auth] user alice logged in
2024-03-01 12:00:09 INFO  [web] GET /api/items?page=2 200 0.090
garbage line without structure
"""

LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>/\S*) (?P<status>\d{3}) (?P<secs>[\d.]+)")

levels = Counter()
by_comp = defaultdict(list)
statuses = Counter()
paths = Counter()
total_time = 0.0
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    levels[m["level"]] += 1
    by_comp[m.group("comp")].append(m["msg"])
    r = REQ.search(m["msg"])
    if r:
        statuses[int(r["status"])] += 1
        paths[r["path"].split("?")[0]] += 1
        total_time += float(r["secs"])

print(levels.most_common())
print(sorted(by_comp), len(by_comp["web"]))
print(sorted(statuses.items()), paths.most_common(2))
print(f"total request time {total_time:.3f}s, bad lines {bad}")
report = {
    "levels": dict(sorted(levels.items())),
    "errors": [msg for comp, msgs in sorted(by_comp.items()) for msg in msgs if "reset" in msg or "404" in msg],
    "slowest": max((float(x) for x in re.findall(r"took ([\d.]+)s", LOG)), default=None),
}
print(json.dumps(report, indent=2, sort_keys=True))
