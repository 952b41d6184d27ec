# Round trips: loads(dumps(x)) == x for JSON-shaped values.
import json

values = [
    None, True, False, 0, -1, 10**30, 1.5, -0.125, 1e300, "", "text",
    "ünïcödé ✓ 😀", "\n\t\"\\", [], {}, [1, [2, [3]]],
    {"a": [1, 2, {"b": None}], "c": "d", "e": {"f": {}}},
    [{"id": i, "sq": i * i, "even": i % 2 == 0} for i in range(5)],
]
for v in values:
    for kw in [{}, {"indent": 2}, {"separators": (",", ":")}, {"ensure_ascii": False},
               {"sort_keys": True, "indent": "  "}]:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        if back != v:
            print("MISMATCH", v, kw, s)
    print(json.dumps(v)[:60])

print(json.loads(json.dumps((1, 2))) == [1, 2])
print(json.loads(json.dumps({1: "a", 2.5: "b"})))
f = json.loads(json.dumps(0.1 + 0.2))
print(f, f == 0.1 + 0.2)
s = json.dumps({"k": list(range(3))}, indent=2)
print(s == json.dumps(json.loads(s), indent=2))
print(json.loads(json.dumps(float("inf"))), json.dumps(json.loads("NaN")))
