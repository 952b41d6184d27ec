# json.loads errors: JSONDecodeError with CPython's messages and positions.
import json

bad_docs = [
    "", "   ", "[1, 2", "[1 2]", '{"a" 1}', "{'a': 1}", '{"a": 1,}', "[1,]",
    "tru", "nul", '"unterminated', '"bad \\x escape"', "[1] [2]", "01",
    '{"a": 1}\n{"b": 2}', '"\\u12"', "-", "[-]", '{"a":\n  [1,\n   2,,]}',
    '"tab\there"', "{1: 2}", "[\n\n  }", "1.5.2", "✓",
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print("ok?", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, e)
for wrong in [None, 12, [1]]:
    try:
        json.loads(wrong)
    except TypeError as e:
        print("TypeError", e)
