# A cancelled get() does not lose items; a cancelled put() does not add one.
import asyncio


async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    q.put_nowait("kept")
    print("getter cancelled:", getter.cancelled(), "queue size:", q.qsize())
    print(await q.get())

    # cancelled in the same turn the item arrives: the item goes to the next getter
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("one")
    g1.cancel()
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled(), "g2:", g2.result() if g2.done() else "waiting")
    q.put_nowait("two")
    await asyncio.sleep(0)
    print("size:", q.qsize())

    full = asyncio.Queue(1)
    full.put_nowait("a")
    putter = asyncio.create_task(full.put("b"))
    await asyncio.sleep(0)
    putter.cancel()
    await asyncio.gather(putter, return_exceptions=True)
    print("putter cancelled:", putter.cancelled(), [full.get_nowait() for _ in range(full.qsize())])

    # get under a timeout
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out")
    q.put_nowait("after timeout")
    print(q.get_nowait(), q.empty())


asyncio.run(main())
