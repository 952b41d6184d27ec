from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    BANNED = "banned"

    def describe(self):
        return f"{self.name.title()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())

    @staticmethod
    def default():
        return Status.ACTIVE

    def __str__(self):
        return self.value.upper()


print(Status.ACTIVE.describe(), Status.parse("  BANNED "), Status.default())
print(str(Status.INACTIVE), repr(Status.INACTIVE), f"{Status.BANNED}")


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe())


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level(2))
try:
    Level(9)
except ValueError as e:
    print("ValueError:", e)
try:
    class MoreColor(Level):
        EXTRA = 3
except TypeError as e:
    print("TypeError:", e)
