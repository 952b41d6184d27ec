students = {"alice": [92.5, 88, 79.25], "bob": [65, 70.5, 58], "charlotte": [100, 99.5, 98]}
print("%-12s %8s %8s %8s" % ("name", "avg", "min", "max"))
for name, marks in students.items():
    avg = sum(marks) / len(marks)
    print("%-12s %8.2f %8.1f %8.1f" % (name.title(), avg, min(marks), max(marks)))
print("=" * 39)
for name, marks in students.items():
    bar = "#" * int(sum(marks) / len(marks) / 10)
    print("{:>10}: {:<10} {:6.1%}".format(name[:10], bar, sum(marks) / len(marks) / 100))
total = sum(sum(m) for m in students.values())
count = sum(len(m) for m in students.values())
print(f"overall: {total:.3f} / {count} = {total / count:.4f} ({total / count:e})")
print(f"{'centered':~^39}")
