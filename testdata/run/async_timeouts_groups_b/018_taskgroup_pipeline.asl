# A producer and consumers in a TaskGroup, shut down with sentinels.
import asyncio

STOP = None


async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    for _ in range(consumers):
        await q.put(STOP)


async def consumer(name, q, out):
    handled = 0
    while True:
        item = await q.get()
        if item is STOP:
            break
        out.append((name, item * item))
        handled += 1
        await asyncio.sleep(0.001)
    return handled


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 10, 3))
        cs = [tg.create_task(consumer(f"c{i}", q, out)) for i in range(3)]
    print("handled per consumer sum:", sum(c.result() for c in cs))
    print("values:", sorted(v for _, v in out))
    print("queue empty:", q.empty())

    # a consumer failing tears down the pipeline
    async def picky(q):
        while True:
            item = await q.get()
            if item == 3:
                raise ValueError("cannot handle 3")

    q2 = asyncio.Queue()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(producer(q2, 10, 1))
            tg.create_task(picky(q2))
    except ExceptionGroup as eg:
        print("pipeline failed:", [str(e) for e in eg.exceptions])


asyncio.run(main())
