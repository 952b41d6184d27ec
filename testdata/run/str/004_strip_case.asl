s = "  \t Hello World \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "--a--".lstrip("-"), "--a--".rstrip("-"))
t = "hello WORLD, it's 3am"
print(t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase())
print("ß".upper(), "straße".upper(), "ÀÉÎ".lower())
print(t.casefold(), "ÉCOLE".lower())
print("hello world".title(), "HELLO".capitalize(), "mIxEd CaSe".swapcase())
print("a1b2".upper(), "they're bill's".title())
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"))
