rows = [
    ("Widget", 4, 3.5),
    ("Gadget with a long name", 12, 0.75),
    ("Doohickey", 1, 125.0),
    ("Thing", 1000, 0.015),
]
header = ("Name", "Qty", "Price", "Total")
widths = (20, 6, 10, 12)
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(f"{h:^{w}}" for h, w in zip(header, widths)) + " |")
print(line)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    short = name if len(name) <= widths[0] else name[:widths[0] - 3] + "..."
    print(f"| {short:<{widths[0]}} | {qty:>{widths[1]},} | {price:>{widths[2]}.3f} | {total:>{widths[3]},.2f} |")
print(line)
print(f"| {'Grand total':<{sum(widths[:3]) + 6}} | {grand:>{widths[3]},.2f} |")
print(line)
print("%-10s|%10s" % ("left", "right"))
print("{:<10}|{:>10}".format("left", "right"))
