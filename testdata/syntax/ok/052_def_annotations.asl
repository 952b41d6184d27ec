from typing import Any, Callable


def simple(a: int, b: str = "x") -> bool:
    return True


def full(
    a: int,
    b: float = 1.0,
    /,
    c: "str" = "c",
    *args: Any,
    d: list[int],
    e: dict[str, int] = {},
    **kwargs: object,
) -> tuple[int, ...]:
    return (a,)


def star_only(*, key: int = 0) -> None:
    pass


def returns_callable() -> Callable[[int], int]:
    return lambda x: x


def union(x: int | str | None = None) -> int | None:
    return None


def nested_default(x: int = (1 + 2) * 3, y: list = [1, 2]) -> "Forward":
    pass


def complex_ann(cb: Callable[..., Any], *rest: tuple[int, str]) -> dict[str, Callable[[], None]]:
    pass
