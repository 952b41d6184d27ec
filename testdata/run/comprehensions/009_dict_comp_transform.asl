scores = {"ann": [90, 85, 77], "bob": [60, 75], "cy": [88, 92, 95, 79]}
avg = {name: sum(s) / len(s) for name, s in scores.items()}
print(avg)
best = {name: max(s) for name, s in scores.items() if len(s) > 2}
print(best)
grades = {name: ("A" if a >= 85 else "B" if a >= 70 else "C") for name, a in avg.items()}
print(grades)
inverted = {}
for name, g in grades.items():
    inverted.setdefault(g, []).append(name)
print(inverted)
flat = {f"{n}_{i}": s for n, ss in scores.items() for i, s in enumerate(ss) if s > 85}
print(flat)
print({k: v for k, v in sorted(avg.items(), key=lambda kv: kv[1], reverse=True)})
