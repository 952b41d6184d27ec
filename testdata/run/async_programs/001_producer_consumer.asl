# Producers and consumers over a bounded Queue with sentinels and per-consumer stats.
import asyncio


async def producer(name, q, items, delay):
    for it in items:
        await asyncio.sleep(delay)
        await q.put((name, it))
    return len(items)


async def consumer(name, q, results):
    handled = 0
    while True:
        msg = await q.get()
        try:
            if msg is None:
                return handled
            src, item = msg
            await asyncio.sleep(0.002)
            results.append(f"{src}:{item}")
            handled += 1
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, results)) for i in range(3)]
    produced = await asyncio.gather(
        producer("fruit", q, ["apple", "banana", "cherry", "date"], 0.003),
        producer("veg", q, ["leek", "okra", "pea"], 0.005),
        producer("nut", q, ["pecan"], 0.01),
    )
    print("produced:", produced, "total", sum(produced))
    await q.join()
    for _ in consumers:
        await q.put(None)
    handled = await asyncio.gather(*consumers)
    print("handled total:", sum(handled), "consumers:", len(handled))
    print(sorted(results))
    by_source = {}
    for r in results:
        src, item = r.split(":")
        by_source.setdefault(src, []).append(item)
    for src in sorted(by_source):
        print(src, "items:", len(by_source[src]), sorted(by_source[src]))
    print("queue empty:", q.empty())


asyncio.run(main())
