def gen():
    x: int = yield
    y: list[int] = yield 1
    z: tuple = yield from other()
    w: tuple = 1, 2
    s: list = [*x, *y]
    return x


a.b: int
(a.b): int = 1
a[0:1]: list
(a[0]): int = 2
a.b.c.d: "forward" = None
x: lambda: int = 1
y: (yield_) = 0
z: int if flag else str = 0
v: [int, str]
u: {"key": int}
t: 1 + 2 = 3
s: f"{x}" = ""
r: list[int,] = []
q: dict[str, "Q"] = {}
p: tuple[()] = ()
o: callable[..., None] = print
