# Cancelling the task that sits in wait_for cancels the inner work as well.
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=0.5)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise
    except TimeoutError:
        log.append("outer timed out (wrong)")


async def outer_task_inner(t):
    try:
        await asyncio.wait_for(t, timeout=0.5)
    except asyncio.CancelledError:
        log.append("outer2 cancelled")
        raise


async def main():
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        log.append(f"main: outer cancelled={o.cancelled()}")
    print(log)
    log.clear()

    it = asyncio.create_task(inner())
    o2 = asyncio.create_task(outer_task_inner(it))
    await asyncio.sleep(0.01)
    o2.cancel()
    await asyncio.gather(o2, return_exceptions=True)
    print(log, "inner task cancelled:", it.cancelled())
    log.clear()

    # cancelling the inner task directly: wait_for raises CancelledError in the outer
    it3 = asyncio.create_task(inner())
    o3 = asyncio.create_task(outer_task_inner(it3))
    await asyncio.sleep(0.01)
    it3.cancel()
    await asyncio.gather(o3, return_exceptions=True)
    print(log, "outer cancelled:", o3.cancelled())


asyncio.run(main())
