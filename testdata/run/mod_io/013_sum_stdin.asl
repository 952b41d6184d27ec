# A filter over standard input (013_sum_stdin.in): sums per name, with
# sys.stdin.read and str methods.
import sys

data = sys.stdin.read()
print(len(data.splitlines()), "lines")
totals = {}
bad = []
for lineno, line in enumerate(data.splitlines(), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = line.split(",")
    if len(parts) != 2:
        bad.append(lineno)
        continue
    name, value = parts[0].strip(), parts[1].strip()
    try:
        totals[name] = totals.get(name, 0) + float(value)
    except ValueError:
        bad.append(lineno)
for name in sorted(totals):
    sys.stdout.write("%-8s %8.2f\n" % (name, totals[name]))
print("bad lines:", bad)
print(repr(sys.stdin.read()))
