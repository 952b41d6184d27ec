import asyncio
import inspect
from collections import defaultdict
from typing import Any, Callable


class EventEmitter:
    def __init__(self) -> None:
        self._handlers: defaultdict[str, list[Callable[..., Any]]] = defaultdict(list)

    def on(self, event: str, handler: Callable[..., Any] | None = None):
        if handler is None:
            return lambda h: self.on(event, h)
        self._handlers[event].append(handler)
        return handler

    def once(self, event, handler):
        def wrapper(*args, **kwargs):
            self.off(event, wrapper)
            return handler(*args, **kwargs)
        return self.on(event, wrapper)

    def off(self, event, handler):
        try:
            self._handlers[event].remove(handler)
        except ValueError:
            pass

    async def emit(self, event: str, *args: Any, **kwargs: Any) -> list[Any]:
        results = []
        for handler in list(self._handlers[event]):
            result = handler(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            results.append(result)
        return results


bus = EventEmitter()


@bus.on("greet")
def hello(name):
    return f"hello {name}"


@bus.on("greet")
async def hello_async(name):
    await asyncio.sleep(0)
    return f"async hello {name}"


print(asyncio.run(bus.emit("greet", "world")))
