sq = (x * x for x in range(6))
print(type(sq).__name__, next(sq), next(sq), list(sq), list(sq))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]), "".join(c.upper() for c in "abc"))
g = (print("evaluated", x) or x for x in range(2))
print("generator created")
print(list(g))
data = [3, 1, 2]
g2 = (x * 10 for x in data)
data.append(4)
print(list(g2))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted((w for w in "b c a".split()), reverse=True), dict((k, len(k)) for k in ["aa", "b"]))
