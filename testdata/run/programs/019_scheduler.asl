class Scheduler:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.sleeping = []
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, _, name, gen = self.sleeping.pop(0)
                self.time = wake
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.pop(0)
            try:
                cmd = gen.send(value)
            except StopIteration as e:
                self.log.append(f"t={self.time} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t={self.time} {name} crashed: {type(e).__name__}: {e}")
                continue
            kind, arg = cmd
            if kind == "sleep":
                self.sleeping.append((self.time + arg, len(self.log) + len(self.sleeping), name, gen))
            elif kind == "yield":
                self.ready.append((name, gen, self.time))
            elif kind == "log":
                self.log.append(f"t={self.time} {name}: {arg}")
                self.ready.append((name, gen, None))
def worker(name, delays):
    total = 0
    for d in delays:
        yield ("log", f"sleeping {d}")
        yield ("sleep", d)
        total += d
    return total
def ticker(n):
    for i in range(n):
        now = yield ("yield", None)
        yield ("log", f"tick {i} at {now}")
    return "ticked"
def crasher():
    yield ("sleep", 2)
    raise RuntimeError("boom")
s = Scheduler()
s.spawn("A", worker("A", [3, 1]))
s.spawn("B", worker("B", [1, 1, 1]))
s.spawn("T", ticker(3))
s.spawn("X", crasher())
s.run()
print("\n".join(s.log))
print("final time", s.time)
