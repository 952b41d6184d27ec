class InvalidTransition(Exception):
    pass
class Machine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions
        self.log = []
        self.listeners = []
    def on_change(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(f"{self.name}: no transition from {self.state!r} on {event!r}")
        old, self.state = self.state, self.transitions[key]
        self.log.append((old, event, self.state))
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state
door = Machine("door", "closed", {
    ("closed", "open"): "opened",
    ("opened", "close"): "closed",
    ("closed", "lock"): "locked",
    ("locked", "unlock"): "closed",
})
@door.on_change
def announce(old, event, new):
    print(f"  [{event}] {old} -> {new}")
for ev in ["open", "close", "lock", "open", "unlock", "open"]:
    try:
        door.fire(ev)
    except InvalidTransition as e:
        print("  rejected:", e)
print(door.state, len(door.log))
def parse_number(s):
    state = "start"
    table = {
        ("start", "sign"): "signed", ("start", "digit"): "int", ("signed", "digit"): "int",
        ("int", "digit"): "int", ("int", "dot"): "frac0", ("frac0", "digit"): "frac",
        ("frac", "digit"): "frac", ("int", "e"): "exp0", ("frac", "e"): "exp0",
        ("exp0", "sign"): "exp1", ("exp0", "digit"): "exp", ("exp1", "digit"): "exp", ("exp", "digit"): "exp",
    }
    for ch in s:
        kind = "digit" if ch.isdigit() else "sign" if ch in "+-" else "dot" if ch == "." else "e" if ch in "eE" else "other"
        state = table.get((state, kind), "error")
        if state == "error":
            return False
    return state in ("int", "frac", "exp")
for s in ["42", "-3.14", "1e10", "2.5E-3", "+", "1.", ".5", "1e", "12a", "-0", "6.02e+23"]:
    print(f"{s!r:>10} {parse_number(s)}")
