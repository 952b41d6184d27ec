# Children of a TaskGroup complete in deadline order; done callbacks record it.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    finished = []
    specs = [("e", 0.05), ("a", 0.01), ("d", 0.04), ("b", 0.02), ("c", 0.03)]
    async with asyncio.TaskGroup() as tg:
        tasks = []
        for name, d in specs:
            t = tg.create_task(job(name, d), name=f"job-{name}")
            t.add_done_callback(lambda t: finished.append(t.get_name()))
            tasks.append(t)
    print("finished:", finished)
    print("results in creation order:", [t.result() for t in tasks])

    started = []

    async def noted(i):
        started.append(i)
        await asyncio.sleep(0)
        started.append(-i)

    async with asyncio.TaskGroup() as tg:
        for i in range(1, 5):
            tg.create_task(noted(i))
    print("start order:", started)

    # results of a group used after it closes, including one that was cancelled
    async with asyncio.TaskGroup() as tg:
        keep = tg.create_task(job("keep", 0.01))
        drop = tg.create_task(job("drop", 0.5))
        await asyncio.sleep(0)
        drop.cancel()
    print(keep.result(), drop.cancelled())


asyncio.run(main())
