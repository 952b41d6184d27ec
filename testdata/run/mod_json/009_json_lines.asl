# JSON Lines: one document per line, written and read back, with a bad
# line reported by number.
import json
import os

D = "_tmp_json_009"
os.mkdir(D)
path = os.path.join(D, "events.jsonl")

events = [{"id": i, "kind": ["click", "view", "buy"][i % 3], "value": i * 1.5} for i in range(7)]
with open(path, "w") as f:
    for ev in events:
        f.write(json.dumps(ev, separators=(",", ":")) + "\n")
    f.write("{not json}\n")
    f.write("\n")
    f.write(json.dumps({"id": 99, "kind": "buy", "value": 100}) + "\n")

totals = {}
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as e:
            print("line", lineno, "skipped:", e)
            continue
        totals[ev["kind"]] = totals.get(ev["kind"], 0) + ev["value"]
print(json.dumps(totals, sort_keys=True))

with open(path) as f:
    first = json.loads(f.readline())
    print(first, type(first["value"]).__name__)
    print(len(f.readlines()))

os.remove(path)
os.rmdir(D)
