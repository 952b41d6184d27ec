# the RegexFlag values: printing, combining, and Pattern.flags
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L)
print(repr(re.IGNORECASE), str(re.DOTALL))
print(re.I | re.M, re.M | re.I)
print(re.A | re.S | re.I)
print(re.I | 8, 8 | re.I)
print(re.I & re.M, (re.I | re.M) & re.M)
print(re.I ^ re.M, (re.I | re.M) ^ re.I)
print(re.NOFLAG, re.I.name, re.I.value, (re.I | re.X).name)
print(int(re.I), int(re.M | re.S), re.I + 1, re.I * 2)
print(re.I == 2, re.I in (2, 4), isinstance(re.I, int))
print(f"{re.I}", format(re.M, "d"), "%d" % re.S, "%s" % re.X)
print([re.X, re.I], {"f": re.M})
print(type(re.I).__name__, type(re.I | re.M).__name__)

p = re.compile(r"\w+", re.I | re.M)
print(p.flags, type(p.flags).__name__)
print(p.flags & re.I, bool(p.flags & re.S))
print(re.compile("(?i)abc").flags, re.compile("(?i)abc"))
print(re.compile("(?ms)abc"))
print(re.compile("(?x) a b"))
print(re.compile("(?a)\\w+").flags)
print(re.compile("(?a)\\w+").findall("héllo wörld"))
print(re.compile("(?x)(?i) h e l l o").findall("HeLLo hello"))

flags = 0
for f in (re.I, re.M):
    flags |= f
print(flags, re.compile("x", flags))
print(re.search("(?i)^B", "a\nb", re.M))
