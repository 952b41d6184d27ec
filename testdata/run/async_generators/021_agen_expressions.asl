# Async generator expressions and awaits inside ordinary generator-like constructs.
import asyncio


async def fetch(x):
    await asyncio.sleep(0)
    return x * 3


async def main():
    agen = (await fetch(x) for x in range(5))
    print(type(agen).__name__)
    print([v async for v in agen])
    evens = (v async for v in (await fetch(x) for x in range(6)) if v % 2 == 0)
    print([v async for v in evens])
    g = (x async for x in (await fetch(y) for y in range(3)))
    print(await anext(g), await anext(g), await anext(g), await anext(g, "end"))
    total = 0
    async for v in (await fetch(x) for x in [1, 2, 3]):
        total += v
    print("total", total)
    lazy = (await fetch(x) for x in range(1000000))
    first = await anext(lazy)
    print("lazy first", first)
    await lazy.aclose()
    print(await asyncio.gather(*(fetch(x) for x in range(4))))


asyncio.run(main())
