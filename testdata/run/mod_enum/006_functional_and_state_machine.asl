from enum import Enum, IntEnum, auto

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.CAT.value)
Pet = Enum("Pet", ["FISH", "BIRD"])
print([(p.name, p.value) for p in Pet])
Sizes = Enum("Sizes", [("S", 36), ("M", 40), ("L", 44)])
print(Sizes.M, Sizes(44))
Grades = IntEnum("Grades", "A B C", start=0)
print(list(Grades), Grades.C + 0)


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def go(self, new):
        if new not in TRANSITIONS[self.state]:
            raise RuntimeError(f"cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)


m = Machine()
for step in [State.RUNNING, State.PAUSED, State.RUNNING, State.DONE, State.IDLE]:
    try:
        m.go(step)
        print("now", m.state)
    except RuntimeError as e:
        print("error:", e)
print([s.name for s in m.history])
counts = {}
for s in m.history:
    counts[s] = counts.get(s, 0) + 1
print({k.name: v for k, v in counts.items()})
print(sorted(State, key=lambda s: s.name))
