# groups, named groups, groupdict, lastindex, lastgroup, expand
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
print(p.groups, sorted(p.groupindex.items()))
m = p.search("Released on 2023-07-14.")
print(m.group("year"), m.group("month"), m["day"])
print(m.groupdict())
print(m.span("month"), m.start("day"), m.end("year"))
print(m.expand(r"\g<day>/\g<month>/\g<year>"))
print(m.expand(r"\3.\2.\1"))
print(m.lastindex, m.lastgroup)

m = re.match(r"(?P<a>x)?(?P<b>y)?", "y")
print(m.groupdict(), m.groupdict("none"))
print(m.lastgroup, m.lastindex)

m = re.match(r"(\w)(\w)(?:\w)(\w)", "abcd")
print(m.groups(), m.lastindex, m.lastgroup)

m = re.match(r"((a)(b))", "ab")
print(m.groups(), m.lastindex)

m = re.match(r"(a)|(b)", "b")
print(m.lastindex, m.groups())

m = re.match(r"\w+", "word")
print(m.lastindex, m.lastgroup, m.groups())

try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
try:
    p.search("2020-01-02").group(4)
except IndexError as e:
    print("IndexError", e)

# nested and alternated named groups
q = re.compile(r"(?P<key>[a-z]+)(?:=(?P<val>[^;]*))?;?")
for m in q.finditer("a=1;flag;b=two;c="):
    print(m.group("key"), repr(m.group("val")), m.lastgroup)
