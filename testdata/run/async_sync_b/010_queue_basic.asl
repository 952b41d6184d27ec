# Queue: FIFO order, qsize/empty/full, maxsize.
import asyncio


async def main():
    q = asyncio.Queue()
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
    for x in ["a", "b", 3, None, (4, 5)]:
        await q.put(x)
    print("qsize:", q.qsize(), "empty:", q.empty())
    out = [await q.get() for _ in range(q.qsize())]
    print(out)
    print("empty again:", q.empty())

    b = asyncio.Queue(maxsize=2)
    await b.put(1)
    print("full after 1:", b.full())
    await b.put(2)
    print("full after 2:", b.full(), b.qsize())
    print(await b.get(), b.full())
    zero = asyncio.Queue(0)
    for i in range(100):
        zero.put_nowait(i)
    print("maxsize 0 is unbounded:", zero.qsize(), zero.full())
    neg = asyncio.Queue(-3)
    neg.put_nowait(1)
    print("negative maxsize:", neg.maxsize, neg.full())

    # get waits until something arrives
    q2 = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.01)
        await q2.put("arrived")

    t = asyncio.create_task(late_put())
    print("got:", await q2.get())
    await t
    print(isinstance(q2, asyncio.Queue), type(q2).__name__)


asyncio.run(main())
