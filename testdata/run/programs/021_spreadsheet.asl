class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}
    def set(self, name, formula):
        self.cells[name] = formula
        self.cache.clear()
    def get(self, name, visiting=()):
        if name in self.cache:
            return self.cache[name]
        if name in visiting:
            raise CycleError(" -> ".join(visiting + (name,)))
        f = self.cells.get(name, 0)
        if isinstance(f, str) and f.startswith("="):
            value = self.evaluate(f[1:], visiting + (name,))
        else:
            value = f
        self.cache[name] = value
        return value
    def evaluate(self, expr, visiting):
        tokens = expr.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()
        if tokens[0] in ("SUM", "MAX", "MIN"):
            fn = {"SUM": sum, "MAX": max, "MIN": min}[tokens[0]]
            args = [t for t in tokens[2:-1] if t != ","]
            vals = []
            for a in args:
                if ":" in a:
                    lo, hi = a.split(":")
                    col = lo[0]
                    for r in range(int(lo[1:]), int(hi[1:]) + 1):
                        vals.append(self.get(f"{col}{r}", visiting))
                else:
                    vals.append(self.get(a, visiting))
            return fn(vals)
        total, sign = 0, 1
        for t in tokens:
            if t == "+":
                sign = 1
            elif t == "-":
                sign = -1
            else:
                v = int(t) if t.lstrip("-").isdigit() else self.get(t, visiting)
                total += sign * v
        return total
s = Sheet()
for r, v in enumerate([10, 20, 30, 40], start=1):
    s.set(f"A{r}", v)
s.set("B1", "=SUM(A1:A4)")
s.set("B2", "=MAX(A1:A4, B1)")
s.set("B3", "=B1 - A1 + 5")
s.set("B4", "=MIN(A2, A3, B3)")
for name in ["A1", "B1", "B2", "B3", "B4", "Z9"]:
    print(name, s.get(name))
s.set("A1", 100)
print("after update:", [s.get(n) for n in ["B1", "B2", "B3", "B4"]])
s.set("C1", "=C2 + 1")
s.set("C2", "=C3 + 1")
s.set("C3", "=C1 + 1")
try:
    s.get("C1")
except CycleError as e:
    print("CycleError:", e)
