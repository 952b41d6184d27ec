# Condition waiters resume in FIFO order, each reacquiring the lock in turn.
import asyncio

log = []


async def worker(cond, name, jobs):
    async with cond:
        while True:
            await cond.wait_for(lambda: jobs)
            job = jobs.pop(0)
            if job is None:
                jobs.append(None)  # let the other workers see the stop marker
                log.append(f"{name} stops")
                return
            log.append(f"{name} takes {job}")
            cond.release()
            try:
                await asyncio.sleep(0)
            finally:
                await cond.acquire()


async def main():
    cond = asyncio.Condition()
    jobs = []
    ws = [asyncio.create_task(worker(cond, f"w{i}", jobs)) for i in range(3)]
    await asyncio.sleep(0)
    for batch in (["a"], ["b", "c"], ["d", "e", "f", "g"]):
        async with cond:
            jobs.extend(batch)
            cond.notify(len(batch))
        await asyncio.sleep(0.01)
    async with cond:
        jobs.append(None)
        cond.notify_all()
    await asyncio.gather(*ws)
    print("\n".join(log))
    print("jobs left:", jobs)


asyncio.run(main())
