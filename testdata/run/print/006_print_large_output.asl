for i in range(1, 11):
    print(" ".join(f"{i * j:3d}" for j in range(1, 11)))
for i in range(5):
    print(" " * (4 - i) + "*" * (2 * i + 1))
lines = []
for i in range(200):
    lines.append(str(i))
print(",".join(lines))
print("x" * 500)
for i in range(3):
    print(i, end="" if i < 2 else "\n")
print("end")
