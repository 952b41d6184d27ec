d = {"banana": 3, "apple": 5, "cherry": 1}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
for v in d.values():
    print(v, end=" ")
print()
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1]))
print(max(d, key=d.get), min(d.values()), sum(d.values()))
keys = d.keys()
d["date"] = 7
print(list(keys), len(keys), "date" in keys)
print({v: k for k, v in d.items()})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
