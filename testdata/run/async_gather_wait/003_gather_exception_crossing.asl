# The first exception crosses the gather at once; the other children keep running.
import asyncio

log = []


async def worker(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        log.append(f"{name} fails")
        raise RuntimeError(f"{name} broke")
    log.append(f"{name} done")
    return name


async def main():
    tasks = [asyncio.create_task(worker("slow", 0.06)),
             asyncio.create_task(worker("bad", 0.02, fail=True)),
             asyncio.create_task(worker("later-bad", 0.04, fail=True)),
             asyncio.create_task(worker("quick", 0.01))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        log.append(f"main caught: {e}")
    log.append(f"still running: {[not t.done() for t in tasks]}")
    await asyncio.sleep(0.08)
    log.append(f"states: {[t.done() for t in tasks]}")
    log.append(f"slow result: {tasks[0].result()}")
    log.append(f"later-bad: {tasks[2].exception()}")
    for line in log:
        print(line)

    # coroutines passed to gather are wrapped in tasks that also keep running
    log.clear()
    try:
        await asyncio.gather(worker("c1", 0.01, fail=True), worker("c2", 0.03))
    except RuntimeError as e:
        log.append(f"caught {e}")
    await asyncio.sleep(0.05)
    print(log)


asyncio.run(main())
