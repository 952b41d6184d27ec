import asyncio


async def simple():
    await asyncio.sleep(1)


async def await_positions(x, coro, items):
    a = await coro
    b = await coro + await coro
    c = -await coro
    d = await coro ** 2
    e = (await coro)()
    f = await coro()
    g = await x.method()
    h = [await coro, await coro]
    i = {await coro: await coro}
    j = f(await coro, key=await coro)
    k = await coro if await coro else await coro
    l = not await coro
    m = await coro in items
    n = (await coro).attr
    o = await coro[0]
    p = (await coro)[0]
    q = await (await coro)
    r = f"{await coro}"
    s = lambda: 1
    t = await asyncio.wait_for(coro, timeout=await get_timeout())
    u: int = await coro
    items[await coro] = await coro
    await coro == await coro
    assert await coro, await coro
    del items[await coro]
    if await coro:
        pass
    while await coro:
        break
    for v in await coro:
        pass
    with await coro as w:
        pass
    return await coro


async def return_await(x):
    return await x


async def yield_await():
    yield await compute()
