# flags I M S X A and inline flags
import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.search(r"^b", "a\nb"))
print(re.search(r"^b", "a\nb", re.M))
print(re.search(r"a.b", "a\nb"))
print(re.search(r"a.b", "a\nb", re.S))
print(re.search(r"(?s)a.b", "a\nb"))
print(re.findall(r"(?m)^\d", "1\n2\n3"))
print(re.search(r"a$", "a\nb\n", re.M))

verbose = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
""", re.X)
print(verbose.findall("555-1234 and 555 9876 and 5551111"))
print(re.search(r"(?x) a b c # comment", "xabcx"))
print(re.search(r"a[ ]b", "a b", re.X))

print(re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\w+", "naïve café"))
print(re.findall(r"\d", "٣4", re.ASCII))
print(re.findall(r"\d", "٣4"))

p = re.compile(r"abc", re.I | re.M)
print(p.flags & re.I != 0, p.flags & re.M != 0, p.flags & re.S != 0)
print(re.compile("x").flags)
print(re.compile("x", re.I).flags)
print(re.compile("x", re.A).flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A))
print(re.I | re.S == re.S | re.I)

print(re.findall(r"[a-z]+", "ABC def GhI", re.I))
print(re.sub(r"cat", "dog", "Cat cat CAT", flags=re.I))
print(re.split(r"and", "1 AND 2 and 3", flags=re.I))
