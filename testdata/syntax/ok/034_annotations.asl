from typing import Optional, ClassVar
x: int
y: int = 1
(z): int = 1
(w): str
name: Optional[str] = None
values: list[int] = []
mapping: dict[str, list[tuple[int, ...]]] = {}
a = [0]
a[0]: int
a[0]: int = 5
obj.attr: float = 0.0
callback: "Callable[[int], str]"
pair: tuple[int, str] = 1, "a"
star: tuple = *a, 1


class Model:
    count: ClassVar[int] = 0
    name: str
    tags: list[str] = []

    def __init__(self) -> None:
        self.a: int = 0
        self.b: str
        self.c: dict = {}
        local: int = 3
        (local2): int = 4


def f():
    result: int | None = None
    buf: bytes
    return result
