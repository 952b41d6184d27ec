# A TaskGroup inside a timeout: at the deadline every child is cancelled, TimeoutError results.
import asyncio

log = []


async def worker(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker("w1", 0.01))
                tg.create_task(worker("w2", 0.1))
                tg.create_task(worker("w3", 0.2))
    except TimeoutError:
        log.append("TimeoutError")
    except BaseExceptionGroup as eg:
        log.append(f"group: {eg!r}")
    print(log[0], sorted(log[1:3]), log[3])
    log.clear()

    # timeout inside a child only affects that child
    async def guarded(name, d):
        try:
            async with asyncio.timeout(0.03):
                await worker(name, d)
        except TimeoutError:
            log.append(f"{name} timed out")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(guarded("g1", 0.01))
        tg.create_task(guarded("g2", 0.1))
    print(log)
    log.clear()

    # wait_for around a whole group
    async def group_job():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 0.01))
            tg.create_task(worker("y", 0.2))
        return "finished"

    try:
        print(await asyncio.wait_for(group_job(), 0.05))
    except TimeoutError:
        log.append("wait_for timed out")
    print(log)


asyncio.run(main())
