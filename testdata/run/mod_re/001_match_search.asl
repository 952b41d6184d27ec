# match, search and fullmatch, and the Match object they return
import re

m = re.match(r"abc", "abcdef")
print(m)
print(m.group(), m.start(), m.end(), m.span())
print(re.match(r"bcd", "abcdef"))
print(re.search(r"bcd", "abcdef"))
print(re.fullmatch(r"abc", "abcdef"))
print(re.fullmatch(r"a.*f", "abcdef"))
print(re.fullmatch(r"a|ab", "ab"))

m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(0), m.group(1), m.group(2))
print(m.group(1, 2), m.groups())
print(m.start(1), m.end(2), m.span(2))
print(m[0], m[1], m[2])
print(m.string, m.re.pattern, m.pos, m.endpos)
print(m.lastindex, m.lastgroup)

# optional groups that did not take part
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"))
print(m.span(2), m.start(2), m.end(2))
print(m.lastindex)
print(m.group(2) is None)

# bool of a match
if re.search(r"x", "abc"):
    print("found")
else:
    print("no x")
print(bool(re.search("", "")))

# empty matches
print(re.match(r"", "abc"))
print(re.search(r"$", "abc"))
print(re.search(r"^", "abc").span())

# unicode positions are in code points
m = re.search(r"é+", "café crème")
print(m, m.span())
m = re.search(r"\w+$", "naïve ümlaut")
print(m.group(), m.span())

# bad group numbers
m = re.match(r"(a)", "a")
for g in (2, -1, "name"):
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)

# pos and endpos
p = re.compile(r"\d+")
print(p.search("ab12cd345", 5))
print(p.search("ab12cd345", 0, 3))
print(p.match("ab12cd345", 2))
print(p.fullmatch("ab12cd345", 2, 4))
