# upper/lower/strip/replace: ASCII and not, and when the result is the str itself.
for s in ["abc", "ABC", "MiXed 123", "", "straße", "ǅemal", "ﬁx", "ΣΑΣ"]:
    print(repr(s.upper()), repr(s.lower()), len(s.upper()), len(s.lower()))
for s in ["  x  ", "\t\nx\x1c", "\x1f y \x1e", "\u2003z\u3000", "\x85w\xa0", "plain", "", "   ", " \u2003 "]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), len(s.strip()))
p = "plain"
print(p.strip() is p, p.lstrip() is p, p.rstrip() is p, p.replace("x", "y") is p, p.replace("p", "p", 0) is p)
print("kaka".replace("ka", "KA"), "kaka".replace("ka", "é"), "éka".replace("ka", "x"), len("éka".replace("ka", "xy")))
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), "x".replace("x", ""))
print("abc".upper()[1:], "ÀB".lower()[::-1], " a b ".strip().split())
