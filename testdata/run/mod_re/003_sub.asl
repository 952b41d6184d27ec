# sub and subn: templates, group references and callables
import re

print(re.sub(r"\s+", " ", "a   b \t c\n\nd"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"(\d)", r"<\g<0>>", "a1b2"))
print(re.sub(r"x", r"\n", "axb"))
print(repr(re.sub(r"x", r"\t|\\", "axb")))
print(re.sub(r"a", "b", "aaaa", count=2))
print(re.sub(r"a", "b", "aaaa", 3))
print(re.subn(r"a", "b", "banana"))
print(re.subn(r"z", "b", "banana"))

# empty matches
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "/", "abc"))
print(re.sub(r"\b", "|", "hi there"))

# function replacements
def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "1 apple, 12 pears, 100 plums"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
print(re.subn(r"(\w+)", lambda m: m.group(1)[::-1], "hello big world"))

# unmatched group is an empty string in the template
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))

# compiled pattern sub
p = re.compile(r"(?P<k>\w+)=(?P<v>\w+)")
print(p.sub(r"\g<v>=\g<k>", "a=1, b=2"))
print(p.subn(r"\g<k>", "a=1, b=2, c=3", 2))

# errors in templates
for tpl in (r"\3", r"\g<zz>", r"\g<1", "\\"):
    try:
        print(re.sub(r"(a)(b)", tpl, "ab"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# escaping a literal replacement
print(re.sub(r"cost", re.escape("$5.00").replace("\\", "\\\\"), "the cost"))
print(re.sub(r"cost", lambda m: "\\1", "the cost"))
