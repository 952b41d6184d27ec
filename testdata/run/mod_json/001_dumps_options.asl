# json.dumps with indent, sort_keys, separators and ensure_ascii.
import json

data = {"name": "asl", "version": [3, 11], "tags": ["fast", "small"],
        "meta": {"z": None, "a": True, "m": 1.5}, "empty": {}, "none": []}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(",", ": ")))
print(json.dumps([1, [2, [3, []]]], indent=1))
text = {"greet": "héllo ✓ 😀", "tab": "a\tb", "quote": 'say "hi"', "ctl": "\x01\x1f"}
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps("\u2028\u2029/\\"))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True, indent=1))
print(json.dumps([1e100, 1e-7, 0.1, -0.0, 10**20, 12345678901234567890]))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps(False))
