# findall and finditer, with and without groups
import re

text = "The rain in Spain stays mainly in the plain"
print(re.findall(r"ai", text))
print(re.findall(r"\b\w*ain\b", text))
print(re.findall(r"(\w)ain", text))
print(re.findall(r"(\w)(ai)(n)", text))
print(re.findall(r"x", text))
print(re.findall(r"(a)|(b)", "abc"))

# empty matches between characters
print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"\d*", "12ab3"))

for m in re.finditer(r"\d+", "a1b22c333"):
    print(m.group(), m.span())

it = re.finditer(r"(?P<word>[a-z]+)(?P<num>\d*)", "ab12 cd ef3")
for m in it:
    print(m.groupdict(), m.lastgroup, m.lastindex)

# finditer over a compiled pattern with pos
p = re.compile(r"[aeiou]")
print([m.start() for m in p.finditer("education", 3)])
print(p.findall("education", 1, 5))

# counting words
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it? Yes it is.")
counts = {}
for w in words:
    w = w.lower()
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])

# multi-line
log = "line one\nline two\nthird line"
print(re.findall(r"^\w+", log))
print(re.findall(r"^\w+", log, re.M))
print(re.findall(r"\w+$", log, re.MULTILINE))
