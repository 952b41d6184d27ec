ps = [(i % 3, -i, "x%d" % (i % 2)) for i in range(12)]
print(sorted(ps), sorted(ps, reverse=True))
print(sorted(ps, key=lambda p: (p[2], p[0])), sorted(ps, key=lambda p: (p[2],), reverse=True))
print(sorted([(1, 2), (1,), (0, 5, 1), (1, 2, 0), ()]))
print(sorted([(1, "a"), (1, 2)] if False else [(1, "a"), (0, "b")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(sorted([(1, 2.5), (1, 2)]), sorted([(2**70, 1), (1, 1)]))
d = {"b": 2, "a": 2, "c": 1}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
