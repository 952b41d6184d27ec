import asyncio
from typing import AsyncIterator, Awaitable, Callable


async def source(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def amap(fn: Callable[[int], Awaitable[int]], it: AsyncIterator[int]) -> AsyncIterator[int]:
    async for x in it:
        yield await fn(x)


async def afilter(pred, it):
    async for x in it:
        if await pred(x) if asyncio.iscoroutinefunction(pred) else pred(x):
            yield x


async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2


async def main() -> None:
    pipeline = afilter(lambda v: v % 3 == 0, amap(double, source(20)))
    results = [x async for x in pipeline]
    squares = {x: x ** 2 async for x in source(5)}
    evens = [x for x in [await double(i) for i in range(5)] if x % 4 == 0]
    async def agen():
        yield 1
    first = await anext(agen())
    total = sum([v async for v in source(10) if v % 2])
    print(results, squares, evens, first, total)


asyncio.run(main())
