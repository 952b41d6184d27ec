class Temperature:
    """Temperature with unit conversion."""

    unit = "C"
    instances = 0

    def __init__(self, degrees=0.0):
        super().__init__()
        self._degrees = degrees
        Temperature.instances += 1

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @degrees.deleter
    def degrees(self):
        del self._degrees

    @staticmethod
    def to_fahrenheit(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    def __repr__(self):
        return f"{type(self).__name__}({self._degrees!r})"

    def __eq__(self, other):
        return isinstance(other, Temperature) and self._degrees == other._degrees

    def __lt__(self, other):
        return self._degrees < other._degrees

    def __hash__(self):
        return hash(self._degrees)

    def __add__(self, other):
        return Temperature(self._degrees + other._degrees)

    __radd__ = __add__

    def __getitem__(self, key):
        return (self._degrees,)[key]

    def __call__(self, *args, **kwargs):
        return self
