import asyncio
import random
import time


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        await queue.put((random.random(), i))
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(name: str, queue: asyncio.Queue, results: list) -> None:
    while True:
        item = await queue.get()
        try:
            if item is None:
                await queue.put(None)
                return
            delay, idx = item
            await asyncio.sleep(delay / 100)
            results.append((name, idx))
        finally:
            queue.task_done()


async def main(workers: int = 3) -> None:
    queue: asyncio.Queue[tuple[float, int] | None] = asyncio.Queue(maxsize=10)
    results: list[tuple[str, int]] = []
    started = time.perf_counter()
    consumers = [
        asyncio.create_task(consumer(f"worker-{i}", queue, results))
        for i in range(workers)
    ]
    await producer(queue, 20)
    await asyncio.gather(*consumers)
    elapsed = time.perf_counter() - started
    print(f"{len(results)} items in {elapsed:.3f}s")
    by_worker = {}
    for name, idx in results:
        by_worker.setdefault(name, []).append(idx)
    for name, idxs in sorted(by_worker.items()):
        print(f"{name:>10}: {idxs}")


asyncio.run(main())
