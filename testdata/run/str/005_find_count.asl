s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 4, 6))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError", e)
print(s.startswith("abr"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(("x", "ab")))
print(s.endswith("bra"), s.endswith(("q", "ra")), s.endswith("cad", 0, 7))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("bra", ""), s.replace("", "-"))
print("aaa".replace("aa", "b"), "x".replace("x", "xx"))
