# json.dump and json.load with unusual arguments.
import io
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def read(self):
        return '{"from": "Source"}'


s = Sink()
json.dump({"a": [1, 2]}, s)
print("".join(s.parts))
print(json.load(Source()))

try:
    json.dump([1], object())
except AttributeError as e:
    print("AttributeError", e)
try:
    json.load(object())
except AttributeError as e:
    print("AttributeError", e)
try:
    json.dump([1])
except TypeError as e:
    print("TypeError", e)
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.dump({1, 2}, io.StringIO())
except TypeError as e:
    print("TypeError", e)
buf = io.StringIO()
json.dump("text", buf)
json.dump(None, buf)
print(buf.getvalue())
print(json.load(io.StringIO("  42  ")), json.load(io.StringIO('"x"')))
print(json.load(io.StringIO('{"n": 1.5}'), parse_float=lambda x: x))
