data = [2.5, 3.75, 1.0, 4.25, 9.5, 0.5, 7.0]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
print(n, mean, var, std)
s = sorted(data)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
print(s, median)
print(min(data), max(data), max(data) - min(data))
print([round(x / max(data), 3) for x in data])
print(f"{mean:.4f} {std:.2e} {var:g}")
