# Cancelling a task that awaits another task cancels the awaited task as well.
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"inner cancelled {e.args}")
        raise
    return "inner done"


async def outer(t):
    try:
        return await t
    except asyncio.CancelledError as e:
        log.append(f"outer cancelled {e.args}")
        raise


async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    ot.cancel("stop outer")
    for t, n in ((ot, "outer"), (it, "inner")):
        try:
            await t
        except asyncio.CancelledError:
            log.append(f"{n} task is cancelled: {t.cancelled()}")
    print("\n".join(log))
    log.clear()

    # awaiting a coroutine (not a task) behaves the same: one task, one cancel
    async def wrapper():
        try:
            return await inner()
        finally:
            log.append("wrapper finally")

    w = asyncio.create_task(wrapper())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append("wrapper cancelled")
    print("\n".join(log))


asyncio.run(main())
