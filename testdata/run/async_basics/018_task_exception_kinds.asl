# Tasks finishing with different exception kinds; awaiting re-raises the same object.
import asyncio


class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


async def raiser(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {}["nope"]
    if kind == "custom":
        raise Custom(7)
    if kind == "stopiter":
        raise StopIteration("inside coroutine")
    if kind == "index":
        return [][1]
    return f"fine {kind}"


async def main():
    kinds = ["value", "key", "custom", "ok", "index", "stopiter"]
    tasks = {k: asyncio.create_task(raiser(k)) for k in kinds}
    await asyncio.sleep(0.01)
    for k, t in tasks.items():
        exc = t.exception()
        if exc is None:
            print(k, "->", t.result())
        else:
            print(k, "->", type(exc).__name__, exc)
    try:
        await tasks["custom"]
    except Custom as e:
        print("same object:", e is tasks["custom"].exception(), e.code)
    for k in ("value", "key"):
        try:
            await tasks[k]
        except Exception as e:
            print("again", type(e).__name__)
    try:
        await raiser("stopiter")
    except RuntimeError as e:
        print("awaited directly:", type(e).__name__, e, "cause", type(e.__cause__).__name__)


asyncio.run(main())
