import re

if (n := len(items)) > 10:
    print(f"too many: {n}")

while (line := stream.readline()):
    process(line)

while chunk := f.read(8192):
    handle(chunk)

filtered = [y for x in data if (y := transform(x)) is not None]
totals = [total := total + v for v in values]
print(x := 5)
print(value := compute(), other=(y := 3))
result = f(a := 1, b := 2)

if m := re.match(r"(\d+)", text):
    print(m.group(1))

stuff = [(z := i) for i in range(3)]
pair = (a := 1, b := 2)
nested = ((x := (y := 3)) + 1)
d = {"key": (v := 10)}
s = {(w := 1), w + 1}
idx = items[(i := 0)]
cond = a if (b := c) else d
l = lambda: (x := 1)
any((hit := w) for w in words if w.startswith("a"))
