# compiled Pattern objects: repr, attributes, equality, errors
import re

p = re.compile(r"\d+")
print(p)
print(repr(p))
print(p.pattern, p.groups, p.groupindex)
print(re.compile("a'b"))
print(re.compile('a"b'))
print(re.compile(r"x", re.I))
print(re.compile(r"x", re.I | re.M))
print(re.compile(r"x", re.S | re.X))
print(re.compile(r"x", re.A))
print(p == re.compile(r"\d+"), p == re.compile(r"\d*"))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

print(isinstance(p, re.Pattern))
m = p.search("a12")
print(isinstance(m, re.Match))
print(type(m).__name__, type(p).__name__)

for bad in ["(", "a)", "[a-", "*a", "a{2,1}"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error for", repr(bad))

print(issubclass(re.error, Exception))

try:
    re.search(r"\d", 123)
except TypeError as e:
    print("TypeError", e)

# methods with keyword arguments
print(p.sub(repl="#", string="a1b22", count=1))
print(p.split(string="a1b22c", maxsplit=1))
print(re.search(pattern="b", string="abc"))
