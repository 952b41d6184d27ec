def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(v, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        items = [pad + dumps(x, indent, level + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + escape(k) + ": " + dumps(x, indent, level + 1))
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
doc = {
    "name": "asl",
    "version": [0, 1, 2],
    "stable": False,
    "ratio": 0.75,
    "notes": "line1\nline2 \"quoted\" \\ tab\t",
    "deps": [],
    "meta": {"authors": [{"name": "ann", "admin": True}, {"name": "bob", "admin": None}], "empty": {}},
}
print(dumps(doc))
print(dumps([1, [2, [3, []]]], indent=1))
print(dumps("simple"), dumps(10 ** 20), dumps(1e-7), dumps((1, 2), indent=0))
for bad in [{1: "x"}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
