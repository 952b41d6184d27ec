# Putters waiting on a full queue: a putter woken by get_nowait() and then
# cancelled hands the free slot on to the next putter.
import asyncio


async def putter(q, item, log):
    try:
        await q.put(item)
        log.append(f'put {item}')
    except asyncio.CancelledError:
        log.append(f'{item} cancelled')
        raise


async def main():
    log = []
    q = asyncio.Queue(2)
    q.put_nowait('x')
    q.put_nowait('y')
    ps = [asyncio.create_task(putter(q, n, log)) for n in ('p1', 'p2', 'p3')]
    await asyncio.sleep(0)
    print(str(q))
    print('got', q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(str(q), log)
    print('got', q.get_nowait(), 'got', q.get_nowait())
    await asyncio.gather(*ps, return_exceptions=True)
    print(str(q), log)
    print([q.get_nowait() for _ in range(q.qsize())], q.empty())

    # get() with items already there does not wait at all.
    q.put_nowait(1)
    order = []

    async def quick():
        order.append(await q.get())

    t = asyncio.create_task(quick())
    order.append('created')
    await t
    print(order)


asyncio.run(main())
