def pair():
    shared = []
    def push(v):
        shared.append(v)
    def peek():
        return list(shared)
    return push, peek
push, peek = pair()
push(1); push(2)
print(peek())
push2, peek2 = pair()
push2("other")
print(peek(), peek2())
def gen_fns():
    value = "before"
    def get():
        return value
    value = "after"
    return get
print(gen_fns()())
def toggler():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = toggler()
print([t() for _ in range(5)])
