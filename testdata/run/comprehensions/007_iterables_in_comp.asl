d = {"x": 1, "y": 2}
print([k for k in d], [v for v in d.values()], [f"{k}{v}" for k, v in d.items()])
print([c for c in "héllo" if c.isalpha()], [b for b in b"AB"])
print([t for t in (3, 1, 2)], [r for r in range(10, 0, -3)])
print([x for x in {3: 0, 1: 0}], [s for s in sorted({"b", "a"})])
def gen():
    yield from "gen"
print([g * 2 for g in gen()])
print([i for i in iter([7, 8, 9])], [n for n in map(abs, [-1, -2])])
print([e for e in enumerate("ab")], [z for z in zip("ab", "cd")])
