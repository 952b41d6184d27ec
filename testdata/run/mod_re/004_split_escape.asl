# split and escape
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"\d", ""))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.compile(r";").split("k1;k2;;k3"))

print(re.escape("hello"))
print(re.escape("1+1=2"))
print(re.escape("a.b*c?"))
print(re.escape("[x](y){z}"))
print(re.escape("path/to/file_name-1.txt"))
print(re.escape("tab\there"))
print(re.escape("100% $cash ^_^ |pipe|"))
print(re.escape("é ü"))

# an escaped string matches itself
for s in ["a.b", "(x)", "a+b*c", "$1.00", "[]"]:
    print(s, bool(re.fullmatch(re.escape(s), s)))
