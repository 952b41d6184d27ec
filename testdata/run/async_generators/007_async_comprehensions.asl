# Async comprehensions: list, set, dict, with conditions, nesting and await in them.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in agen(6)])
    print([x async for x in agen(10) if x % 3 == 0])
    print(sorted({x % 4 async for x in agen(10)}))
    print({x: x * x async for x in agen(5) if x})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(4) if await double(x) > 2])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__, [v async for v in gen])
    total = sum([x async for x in agen(101)])
    print("total", total)
    words = ["a", "bb", "ccc"]

    async def lengths():
        for w in words:
            yield w, len(w)

    print(dict([kv async for kv in lengths()]))
    print({w: n async for w, n in lengths() if n != 2})


asyncio.run(main())
