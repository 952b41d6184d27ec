# An outside cancel inside a timeout block stays a CancelledError, not a TimeoutError.
import asyncio

log = []


async def guarded():
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("wrong: TimeoutError")
    except asyncio.CancelledError:
        log.append(f"guarded: CancelledError, expired={cm.expired()}")
        raise


async def guarded_wait_for():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.5)
    except TimeoutError:
        log.append("wrong: TimeoutError")
    except asyncio.CancelledError:
        log.append("guarded_wait_for: CancelledError")
        raise


async def main():
    for fn in (guarded, guarded_wait_for):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0.01)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            log.append(f"{fn.__name__} task cancelled: {t.cancelled()}")
    print("\n".join(log))
    log.clear()

    # a task cancelled at the very turn its timeout expires: the cancel from outside wins
    async def racer():
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(1)
        except TimeoutError:
            log.append("racer: TimeoutError")

    t = asyncio.create_task(racer())
    await asyncio.sleep(0.05)
    log.append(f"racer finished normally: {t.done() and not t.cancelled()}")
    print(log)


asyncio.run(main())
