# Graceful shutdown: cancel a pool of workers, then gather them with return_exceptions.
import asyncio


async def worker(name, queue, done):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.01)
            done.append(item)
            queue.task_done()
    except asyncio.CancelledError:
        done.append(f"{name} shutting down")
        raise


async def main():
    queue = asyncio.Queue()
    done = []
    for i in range(6):
        queue.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    await queue.join()
    print("processed:", sorted(done), "by", len(workers), "workers")
    done.clear()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("shutdown log:", done)
    print("all cancelled:", all(w.cancelled() for w in workers))
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
