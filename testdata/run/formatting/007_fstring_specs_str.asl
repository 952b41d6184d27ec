s = "hello"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:.3}] [{s:>8.2}] [{s:s}]")
print(f"[{s!r:>12}] [{s!s:^9}] [{'é'!a:>6}] [{'x':0>4}] [{'':-^5}] [{s:3}]")
w, p, f = 12, 3, "^"
print(f"[{s:{w}}] [{s:{f}{w}}] [{3.14159:{w}.{p}f}] [{42:{'>'}{w // 2}}] [{s:{'#'}<{w}}]")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10.0, 1)]
print(f"{'item':<10}{'price':>8}{'qty':>5}{'total':>10}")
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>10,.2f}")
print(f"{'':=<33}")
print(f"{'TOTAL':<23}{sum(p * q for _, p, q in items):>10.2f}")
