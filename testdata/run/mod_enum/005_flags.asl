from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W))
print(repr(~Perm.R), repr(rw ^ Perm.R), list(Perm), len(Perm))
print(Perm(7), Perm(0), bool(Perm(0)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


print([c.value for c in Color], Color.WHITE, list(Color.WHITE))


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m + 1, Mode.READ | 8, repr(Mode.EXEC | 8))
print(isinstance(m, int), Mode(6), repr(Mode(6)), Mode.WRITE in m)
