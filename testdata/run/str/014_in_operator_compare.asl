pairs = [("apple", "banana"), ("Apple", "apple"), ("app", "apple"), ("", "a"), ("b", "abc"), ("10", "9")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a == b, a != b)
names = ["bob", "Alice", "carol", "Dave", "alice"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len))
print("ell" in "hello", "hello".__contains__("lo"), "L" in "hello")
print("é" > "e", "z" < "é", "\u00e9" == "é")
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__ne__("a"))
print(sorted(["b", "A", "a", "B", "_", "1"]), max("abcXYZ"), min("abcXYZ"))
print("abc" * 2 > "abc", "" < "\x00")
