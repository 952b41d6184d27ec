# loads' hooks: object_hook, object_pairs_hook, parse_float, parse_int,
# parse_constant.
import json

doc = '{"name": "box", "size": {"w": 2, "h": 3.5}, "tags": ["a", "b"], "n": 10}'


class Obj:
    def __init__(self, d):
        self.__dict__.update(d)

    def __repr__(self):
        return "Obj(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))


print(json.loads(doc, object_hook=Obj))
print(json.loads(doc, object_hook=lambda d: len(d)))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda ps: ps))
print(json.loads("{}", object_pairs_hook=tuple))
print(json.loads(doc, object_hook=Obj, object_pairs_hook=dict))
print(json.loads("[1.5, 2, 3.25e2]", parse_float=str))
print(json.loads("[1.5, 2, -7]", parse_int=lambda s: int(s) * 100))
print(json.loads("[1.10, 2.500]", parse_float=lambda s: (s, float(s))))
print(json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=lambda c: "const:" + c))


def strict_constant(name):
    raise ValueError("no %s allowed" % name)


try:
    json.loads("[1, NaN]", parse_constant=strict_constant)
except ValueError as e:
    print("ValueError", e)


def dated(d):
    if "__date__" in d:
        y, m, dd = d["__date__"].split("-")
        return (int(y), int(m), int(dd))
    return d


events = json.loads('[{"what": "launch", "when": {"__date__": "2024-05-17"}}]', object_hook=dated)
print(events)
try:
    json.loads("[]", bogus=True)
except TypeError as e:
    print("TypeError", e)
