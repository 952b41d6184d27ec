from enum import Enum, auto, unique


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
    ROUND = 2          # an alias of CIRCLE


print(list(Shape), len(Shape))
print(Shape.ROUND, Shape.ROUND is Shape.CIRCLE, Shape(2).name)
print(list(Shape.__members__))
print(Shape.__members__["ROUND"])


class Weekday(Enum):
    MONDAY = 10
    TUESDAY = auto()
    WEDNESDAY = auto()


print([d.value for d in Weekday])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    NORTH = auto()
    SOUTH = auto()


print([(m.name, m.value) for m in Named])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        UNO = 1
        DOS = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = "a"
    B = "b"


print(Fine.A, Fine("b"))
