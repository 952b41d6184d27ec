# json.dump and json.load over files and StringIO.
import io
import json
import os

D = "_tmp_json_006"
os.mkdir(D)
p = os.path.join(D, "data.json")

record = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 27}],
          "active": True, "ratio": 0.75, "note": "héllo"}
with open(p, "w") as f:
    print(json.dump(record, f))
with open(p) as f:
    print(f.read())
with open(p) as f:
    back = json.load(f)
print(back == record, back["users"][1]["name"])

with open(p, "w") as f:
    json.dump(record, f, indent=2, sort_keys=True)
with open(p) as f:
    text = f.read()
print(text)
print(len(text.splitlines()))
with open(p, encoding="utf-8") as f:
    print(json.load(f)["note"])

with open(p, "w") as f:
    json.dump(record, f, ensure_ascii=False, separators=(",", ":"))
with open(p, "rb") as f:
    raw = f.read()
print(raw)
with open(p, "rb") as f:
    print(json.load(f)["note"])

buf = io.StringIO()
json.dump([1, 2, {"x": None}], buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"from": "StringIO"}')))
print(json.load(io.BytesIO(b'[true, false]')))

with open(p, "w") as f:
    f.write('{"broken": ')
try:
    with open(p) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos)

os.remove(p)
os.rmdir(D)
