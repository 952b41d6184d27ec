import asyncio


async def demo(reader, writer, coro, queue):
    await coro
    await asyncio.sleep(0)
    await writer.drain()
    (await coro)
    await (coro)
    await coro.method(await other())
    x = await queue.get(), await queue.get()
    a, b = await asyncio.gather(coro, coro)
    *rest, last = await fetch_all()
    result: list = await coro
    total = 0
    total += await coro
    data = await reader.read(1024) or b""
    line = (await reader.readline()).decode().strip()
    value = await coro if coro else None
    print(await coro, sep=await coro)
    lst = [*await coro]
    dct = {**await coro}
    neg = -await coro
    inv = ~await coro
    power = await coro ** await coro
    idx = (await coro)[0]
    attr = (await coro).attr
    call = (await coro)()
    cmp = await coro == await coro
    return await asyncio.wait_for(await make(), timeout=1)
