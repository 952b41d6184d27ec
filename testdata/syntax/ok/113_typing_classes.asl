from typing import NamedTuple, Protocol, TypedDict, TypeVar, Generic, runtime_checkable
from enum import Enum, auto

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 3

    @property
    def is_warm(self) -> bool:
        return self is Color.RED


box: Box[int] = Box(1)
movie: Movie = {"title": "Heat", "year": 1995}
