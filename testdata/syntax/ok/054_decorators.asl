import functools


@decorator
def plain():
    pass


@module.decorator
def dotted():
    pass


@a.b.c.d
def deep_dotted():
    pass


@functools.lru_cache(maxsize=128)
def cached(n):
    return n


@decorator_factory("arg", key=1)
@another
@yet.another()
def stacked():
    pass


@registry["handlers"]
def subscripted():
    pass


@(lambda f: f)
def lambda_decorated():
    pass


@handlers[0].wrap(1)(2)
def chained():
    pass


@x if flag else y
def conditional():
    pass


@(yield_decorator := make())
def walrus_decorated():
    pass


@a @ b
def matmul_decorated():
    pass


@  spaced . name
def spaced():
    pass


@dataclass
class Decorated:
    x: int


@register(kind="model")
@dataclass(frozen=True, slots=True)
class Frozen:
    y: str = ""
