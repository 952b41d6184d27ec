# LifoQueue gives the most recent entry first; a waiting get() is served
# by the next put.
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for x in range(5):
        lq.put_nowait(x)
    print(str(lq))
    print([lq.get_nowait() for _ in range(3)])
    lq.put_nowait('new')
    print(str(lq), lq.get_nowait(), lq.qsize())

    async def getter(name):
        item = await lq.get()
        print(name, 'got', item)
        return item

    lq2 = asyncio.LifoQueue(maxsize=3)
    lq = lq2
    g = asyncio.create_task(getter('g1'))
    await asyncio.sleep(0)
    print(str(lq2))
    await lq2.put('first')
    await g
    for x in 'abc':
        await lq2.put(x)
    print(str(lq2), lq2.full())

    async def late_put():
        await lq2.put('d')
        print('put d done')

    p = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print(str(lq2))
    print('get:', await lq2.get())
    await p
    print(str(lq2))
    print([lq2.get_nowait() for _ in range(lq2.qsize())])
    print(type(lq2).__module__, issubclass(asyncio.LifoQueue, asyncio.Queue))


asyncio.run(main())
