tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x1f\x7f",
         "é", "\u200b", "中", "\U0001F600", "\r", "\x80\xa0", "\ud800" if False else "x"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(str("x"), repr(repr("x")))
print([("a", "b'c")], {"k\n": "v\t"})
for q in ["'", '"', "'\"", "\\'"]:
    print(repr(q), len(q), repr(q * 2))
print(repr("line1\nline2\r\n"), repr("\t\v\f"))
print(str(repr("x")) == "'x'")
