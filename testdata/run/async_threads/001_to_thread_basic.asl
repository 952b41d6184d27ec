import asyncio


def add(a, b, *, scale=1):
    return (a + b) * scale


def fail(kind):
    if kind == "key":
        raise KeyError("missing")
    raise ValueError(f"bad {kind}")


async def main():
    print(await asyncio.to_thread(add, 1, 2))
    print(await asyncio.to_thread(add, 1, 2, scale=10))
    print(await asyncio.to_thread(sorted, [3, 1, 2]))
    for kind in ("key", "value"):
        try:
            await asyncio.to_thread(fail, kind)
        except (KeyError, ValueError) as e:
            print(type(e).__name__, e)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, add, "a", "b"))
    fut = loop.run_in_executor(None, add, 2, 3)
    print(type(fut).__name__, await fut, fut.done())


asyncio.run(main())
