# A child cancelled from outside does not fail the group; a swallowed cancel neither.
import asyncio


async def long(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(long("a", log))
        b = tg.create_task(asyncio.sleep(0.02, "b result"))
        await asyncio.sleep(0)
        a.cancel()
    print(log, a.cancelled(), b.result())

    # cancelling every child: the group exits normally
    log.clear()
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(long(f"t{i}", log)) for i in range(3)]
        await asyncio.sleep(0)
        for t in reversed(ts):
            t.cancel()
    print(log, [t.cancelled() for t in ts])
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
