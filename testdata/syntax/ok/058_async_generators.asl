import asyncio


async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def relay(source):
    async for item in source:
        if item is None:
            continue
        yield item * 2
    else:
        yield -1


async def consume():
    async for i in ticker(0.1, 5):
        print(i)
    async for a, b in pairs():
        print(a, b)
    async for x, *rest in rows():
        break
    async for obj.attr in stream():
        pass


async def bare_yield():
    x = yield
    yield
    await x
