# Async generators with async for, aiter/anext, and their types.
import asyncio


async def count(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(src):
    async for x in src:
        yield x * x


async def main():
    async for i in count(3):
        print("count", i)
    total = 0
    async for s in squares(count(5)):
        total += s
    print("sum of squares", total)
    g = count(2)
    print(type(g).__name__)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration after the end")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("and again")
    print(await anext(count(0), "default"))
    print(await anext(count(3), "default"))
    print([x async for x in count(4)])

    async def empty():
        return
        yield

    print([x async for x in empty()])
    print(hasattr(g, "__anext__"), hasattr(g, "__next__"))


asyncio.run(main())
