# A small program: write a log file, parse it back, write a report,
# and append to it; the folder is cleaned up at the end.
import os

D = "_tmp_io_016"
os.mkdir(D)
log = os.path.join(D, "server.log")
report = os.path.join(D, "report.txt")

events = [
    ("INFO", "start", 0), ("WARN", "slow request", 120), ("INFO", "request", 15),
    ("ERROR", "timeout", 3000), ("INFO", "request", 22), ("WARN", "slow request", 180),
    ("ERROR", "crash", 0), ("INFO", "stop", 0),
]
with open(log, "w") as f:
    for i, (level, msg, ms) in enumerate(events):
        f.write("%03d %-5s %s|%d\n" % (i, level, msg, ms))

counts = {}
slowest = None
with open(log) as f:
    for line in f:
        num, level, rest = line.rstrip("\n").split(None, 2)
        msg, ms = rest.rsplit("|", 1)
        counts[level] = counts.get(level, 0) + 1
        if slowest is None or int(ms) > slowest[1]:
            slowest = (msg, int(ms), int(num))

with open(report, "w") as out:
    print("Report", file=out)
    print("=" * 6, file=out)
    for level in sorted(counts):
        print("%-5s %d" % (level, counts[level]), file=out)
    print("slowest: %s (%d ms, line %d)" % slowest, file=out)

with open(report, "a") as out:
    out.writelines(["-- appended --\n", "total %d\n" % sum(counts.values())])

with open(report) as f:
    for n, line in enumerate(f, 1):
        print(n, line, end="")

with open(log) as f:
    errors = [line.split()[0] for line in f if " ERROR " in line]
print(errors)
print(os.path.getsize(log), sorted(os.listdir(D)))

for name in os.listdir(D):
    os.remove(os.path.join(D, name))
os.rmdir(D)
print(os.path.exists(D))
