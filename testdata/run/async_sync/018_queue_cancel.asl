# Getters and putters that are cancelled while waiting leave the queue's
# waiter lists; the item or slot goes to the next in line.
import asyncio


async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    getters[0].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('x')
    q.put_nowait('y')
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() for g in getters])
    print(str(q))

    # A getter woken by put_nowait and cancelled before it runs hands the
    # item to the next getter.
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('z')
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done() and g2.result())
    print(str(q))

    b = asyncio.Queue(1)
    b.put_nowait('full')
    putters = [asyncio.create_task(b.put(n)) for n in ('p1', 'p2', 'p3')]
    await asyncio.sleep(0)
    print(str(b))
    putters[1].cancel()
    await asyncio.sleep(0)
    print(str(b))
    print(b.get_nowait())
    await asyncio.sleep(0)
    print(str(b))
    print(b.get_nowait())
    await asyncio.sleep(0)
    print(str(b), [p.cancelled() for p in putters])
    await asyncio.gather(*putters, return_exceptions=True)

    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print('get timed out')


asyncio.run(main())
