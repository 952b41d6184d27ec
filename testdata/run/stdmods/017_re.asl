# re on RE2: search, match, groups, findall, finditer, sub, split, flags, escape.
import re

print(re.sub("x*", "-", "abxd"), re.split("x*", "axbc"), re.findall("x*", "axb"), [m.span() for m in re.finditer("x*", "axxb")])
print(re.escape("a.b*c d_e-f"), re.split(r"(,)", "a,b,c"), re.split(",", "a,b,c", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"\w\d", "a1 b2"), re.findall(r"(\w)\d", "a1 b2"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-05-01")
print(m, m.group(0), m.group(1, 2), m.groups(), m.groupdict(), m.start(), m.end("m"), m.span(2), m["y"], m.lastindex, m.lastgroup)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@x ann@y"), re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"), re.subn("a", "b", "aaa", count=2))
print(re.match("b", "ab"), re.fullmatch("a.c", "abc"), re.compile("A", re.I).search("xa"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S), re.search(r"a.b", "a\nb"))
p = re.compile(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+)  # word
""", re.X)
print(p.findall("10 apples, 3pears"), p.pattern.count("#"), p.groups)
print(re.search("é(.)", "café! éx").span(), re.findall(r"\w+", "naïve café"), re.split(r"\s+", " a  b "))
m2 = re.match(r"(a)(b)?", "ac")
print(m2.groups(), m2.groups("-"), m2.group(2), m2.span(2), bool(m2))
print(re.compile(r"\d").search("ab12", 3), re.compile(r"\d").match("ab12", 2), re.sub("a", "\\n", "bab") == "b\nb")
for bad in ("(", "[a-"):
    try:
        re.compile(bad)
    except re.error:
        print("re.error", repr(bad))
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("re.error", e)
