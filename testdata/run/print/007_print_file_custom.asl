class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("hello", "world", file=c)
print("a", "b", sep="-", end="!", file=c)
print(file=c)
print("flushed", file=c, flush=True)
print(c.parts)
print("".join(p for p in c.parts if p != "<flush>"), end="")
print(file=None)
print("file=None goes to stdout", file=None)
