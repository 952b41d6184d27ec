# A timeout around a gather cancels every unfinished child.
import asyncio

log = []


async def part(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.04):
            r = await asyncio.gather(part("a", 0.01), part("b", 0.02), part("c", 0.1))
            print("not reached", r)
    except TimeoutError:
        log.append("TimeoutError")
    print(log)
    log.clear()

    tasks = []
    try:
        async with asyncio.timeout(0.03):
            tasks = [asyncio.create_task(part(f"t{i}", 0.02 * i)) for i in range(4)]
            await asyncio.gather(*tasks, return_exceptions=True)
    except TimeoutError:
        log.append("TimeoutError")
    print(log)
    print([("cancelled" if t.cancelled() else t.result()) for t in tasks])


asyncio.run(main())
