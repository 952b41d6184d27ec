# One child of a gather is cancelled: without return_exceptions the gather fails
# with CancelledError; with it, the CancelledError takes the child's place.
import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    t1 = asyncio.create_task(work(1, 0.01))
    t2 = asyncio.create_task(work(2, 1))
    t3 = asyncio.create_task(work(3, 0.02))
    g = asyncio.gather(t1, t2, t3)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("states:", t1.done(), t2.cancelled(), t3.done())
    await asyncio.sleep(0.05)
    print("t3 keeps running:", t3.result())

    u1 = asyncio.create_task(work(1, 0.01))
    u2 = asyncio.create_task(work(2, 1))
    u3 = asyncio.create_task(work(3, 0.02))
    g2 = asyncio.gather(u1, u2, u3, return_exceptions=True)
    await asyncio.sleep(0)
    u2.cancel("not needed")
    res = await g2
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print("cancelled error args:", res[1].args)
    print("g2 cancelled:", g2.cancelled())


asyncio.run(main())
