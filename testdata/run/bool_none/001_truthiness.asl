values = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), b"", b"\x00", frozenset(), float("nan")]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
print(bool(), bool(bool), not None, not not [])
class Z:
    def __len__(self):
        return 0
print(bool(Z()), not Z())
count = 0
for v in values:
    if v:
        count += 1
print("truthy count", count, "of", len(values))
print([v for v in (0, 1, "", "a") if not v])
