# A three-stage pipeline connected by bounded queues, shut down with sentinels.
import asyncio

DONE = object()


async def source(out_q, n):
    for i in range(1, n + 1):
        await out_q.put(i)
    await out_q.put(DONE)


async def stage(name, fn, in_q, out_q, log):
    count = 0
    while True:
        item = await in_q.get()
        if item is DONE:
            await out_q.put(DONE)
            log.append(f"{name} processed {count}")
            return count
        await asyncio.sleep(0)
        await out_q.put(fn(item))
        count += 1


async def sink(in_q):
    results = []
    while True:
        item = await in_q.get()
        if item is DONE:
            return results
        results.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue(2)
    log = []
    results = await asyncio.gather(
        source(q1, 8),
        stage("square", lambda x: x * x, q1, q2, log),
        stage("label", lambda x: f"<{x}>", q2, q3, log),
        sink(q3),
    )
    print(results[1], results[2])
    print(results[3])
    print(log)
    print("queues empty:", q1.empty(), q2.empty(), q3.empty())


asyncio.run(main())
