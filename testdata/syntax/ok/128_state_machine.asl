from enum import Enum, IntFlag


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


class Perm(IntFlag):
    R = 0b100
    W = 0b010
    X = 0b001
    RWX = R | W | X


TRANSITIONS: dict[tuple[State, str], State] = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


class Machine:
    def __init__(self, perms=Perm.R | Perm.X):
        self.state = State.IDLE
        self.perms = perms
        self.log: list[str] = []

    def fire(self, event: str) -> State:
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event!r} from {self.state.value}")
        if not self.perms & Perm.X:
            raise PermissionError("not executable")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name} --{event}--> {self.state.name}")
        return self.state


m = Machine()
for ev in ("start", "pause", "resume", "finish"):
    m.fire(ev)
print(*m.log, sep="\n")
