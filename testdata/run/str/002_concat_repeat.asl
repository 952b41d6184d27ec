a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, a * -1, repr(a * 0))
c = a
c += b
print(a, c)
print("-" * 20)
print("ab" in "cabd", "x" not in "abc", "" in "abc")
print("abc" < "abd", "abc" < "ab", "B" < "a", "Z" > "a")
print("apple" == "apple", "a" != "b", max("abc", "abd"), min(["pear", "fig", "apple"]))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError", e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
