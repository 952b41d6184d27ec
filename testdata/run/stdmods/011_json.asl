# json.dumps and json.loads, options and errors.
import json

data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "f": 2.5, "ok": True, "none": None,
        "nested": {"a": [1, {"b": []}], "e": {}}, "uni": "é☃😀", "esc": "q\"b\\s\n\t\x01"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")), json.dumps({"a": 1}, indent="\t"))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null", "s": 1}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps("x"), json.dumps(10**30), json.dumps(1e100), json.dumps(0.1))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))


class Thing:
    pass


print(json.dumps({"t": Thing()}, default=lambda o: "<thing>"))
for bad in (lambda: json.dumps(Thing()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
text = json.dumps(data)
back = json.loads(text)
print(back == data, back["uni"], back["nested"]["a"][1])
print(json.loads('  {"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}  '))
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1]'), json.loads('"\\/"'))
for s in ["", "  ", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", '"abc', '"a\\qb"',
          '"\\u12x4"', '"a\x01"', "1 2", "-", "01", "[", '{"a":', "tru", "1.5e", '"é" x', "[1,\n 2,\n x]"]:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
