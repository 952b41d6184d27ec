import functools
from abc import ABC, abstractmethod


class Resource(ABC):
    _registry: dict[str, type] = {}

    @classmethod
    @abstractmethod
    def kind(cls) -> str: ...

    @staticmethod
    @functools.cache
    def expensive(n: int) -> int:
        return sum(range(n))

    @functools.cached_property
    def slow_value(self):
        return self.expensive(10_000)

    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._name = value.strip()

    @classmethod
    def register(cls, sub):
        cls._registry[sub.kind()] = sub
        return sub

    @functools.singledispatchmethod
    def handle(self, arg):
        raise NotImplementedError

    @handle.register
    def _(self, arg: int):
        return arg * 2

    @handle.register(str)
    def _(self, arg):
        return arg.upper()

    async def fetch(self):
        return self.name

    @staticmethod
    async def fetch_static():
        return None


@Resource.register
class File(Resource):
    @classmethod
    def kind(cls):
        return "file"
