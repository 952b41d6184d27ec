# Grouping records with groupby: a log report by day and by level.
from itertools import groupby
from operator import itemgetter
from collections import namedtuple

Entry = namedtuple("Entry", "day hour level message")
LOG = """2024-03-01 09 INFO boot
2024-03-01 09 WARN disk 81%
2024-03-01 13 INFO job done
2024-03-02 02 ERROR crash in worker
2024-03-02 02 ERROR crash in worker
2024-03-02 08 INFO restart
2024-03-03 11 WARN disk 92%
2024-03-03 11 ERROR disk full
2024-03-03 12 INFO cleanup"""

entries = [Entry(*line.split(" ", 3)) for line in LOG.split("\n")]
print(len(entries), "entries;", entries[3])

for day, items in groupby(entries, key=lambda e: e.day):
    items = list(items)
    levels = [k + "x" + str(len(list(g))) for k, g in groupby(sorted(e.level for e in items))]
    print(day, len(items), " ".join(levels))

by_level = sorted(entries, key=lambda e: (e.level, e.day))
for level, items in groupby(by_level, key=lambda e: e.level):
    days = [d for d, _ in groupby(items, key=lambda e: e.day)]
    print("%-5s %s" % (level, days))

# Collapse repeated messages like syslog does.
for (day, msg), g in groupby(entries, key=lambda e: (e.day, e.message)):
    n = len(list(g))
    if n > 1:
        print("%s %s (repeated %d times)" % (day, msg, n))

sales = [("north", "q1", 10), ("north", "q2", 14), ("south", "q1", 7), ("south", "q2", 3), ("south", "q3", 9)]
for region, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    total = sum(map(itemgetter(2), rows))
    best = max(rows, key=itemgetter(2))
    print(region, total, "best", best[1])

hours = [int(e.hour) for e in entries]
busy = [(h, len(list(g))) for h, g in groupby(sorted(hours))]
print(busy, max(busy, key=itemgetter(1)))
