# Cancelling a gather cancels every child that is still running.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    g = asyncio.gather(child("fast", 0.01), child("slow1", 1), child("slow2", 1))
    await asyncio.sleep(0.05)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled:", g.cancelled())
    for line in log:
        print(line)
    log.clear()

    # cancelling the task that awaits the gather cancels the children too
    async def runner():
        return await asyncio.gather(child("a", 1), child("b", 1))

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print("runner cancelled:", r.cancelled())
    print(sorted(log))

    # cancelling a finished gather returns False
    done = asyncio.gather(child("x", 0))
    print(await done)
    print("cancel finished gather:", done.cancel())


asyncio.run(main())
