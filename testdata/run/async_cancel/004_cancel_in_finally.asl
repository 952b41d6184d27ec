# A second cancel while the task awaits inside its finally block.
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("finally: cleanup starts")
        try:
            await asyncio.sleep(1)
            log.append("cleanup finished")
        except asyncio.CancelledError:
            log.append("cleanup interrupted")
            raise
        finally:
            log.append("inner finally")


async def patient():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("patient cleanup")
        await asyncio.sleep(0.02)
        log.append("patient cleanup done")


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    log.append(f"after first cancel done={t.done()} cancelling={t.cancelling()}")
    t.cancel()
    log.append(f"second cancel cancelling={t.cancelling()}")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: CancelledError")
    print("\n".join(log))
    log.clear()

    p = asyncio.create_task(patient())
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0.01)
    log.append(f"midway done={p.done()}")
    try:
        await p
    except asyncio.CancelledError:
        log.append("patient cancelled")
    print("\n".join(log))


asyncio.run(main())
