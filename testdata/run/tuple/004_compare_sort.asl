recs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(recs), sorted(recs, reverse=True), max(recs), min(recs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") == (1, "a"), (1, 2) != (1, 2.0), (0.5, 1) < (1, 0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
pts = [(3, 4), (1, 1), (0, 5), (-2, 2)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), max(pts, key=lambda p: p[1]))
print(sorted(pts, key=lambda p: (p[1], -p[0])))
