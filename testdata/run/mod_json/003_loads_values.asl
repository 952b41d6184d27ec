# json.loads of every kind of value.
import json

docs = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '[1, -2, 3.5, -0.25, 1e3, 2E-2, 0, -0]',
    '"plain"', '"esc \\n \\t \\" \\\\ \\/ \\u00e9 \\ud83d\\ude00"',
    '123456789012345678901234567890', '  [ ]  ', '{}', 'null', 'true',
    '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '["héllo", "✓"]',
    '\n\t{ "spaced" :\r\n [ 1 , 2 ] }\n', '1.0', '0.1', '-12',
]
for doc in docs:
    v = json.loads(doc)
    print(type(v).__name__, repr(v))

v = json.loads(b'{"bytes": [1, 2]}')
print(v)
big = json.loads("[" + ",".join(str(i) for i in range(20)) + "]")
print(sum(big), len(big))
nested = json.loads("[" * 50 + "]" * 50)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)
print(json.loads('{"k": {"k": {"k": [1, {"k": null}]}}}')["k"]["k"]["k"][1])
