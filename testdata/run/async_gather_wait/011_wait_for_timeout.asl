# wait_for raises TimeoutError and cancels the inner work, waiting for its cleanup.
import asyncio

log = []


async def slow(name):
    try:
        await asyncio.sleep(1)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    try:
        await asyncio.wait_for(slow("one"), timeout=0.02)
    except asyncio.TimeoutError as e:
        log.append(f"TimeoutError {type(e).__name__} args={e.args}")
        log.append(f"cause: {type(e.__cause__).__name__}")
    print("\n".join(log))
    log.clear()

    t = asyncio.create_task(slow("task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        log.append(f"task cancelled: {t.cancelled()}")
    print(log)
    log.clear()

    # timeout 0 on unfinished work: TimeoutError at once, work cancelled
    try:
        await asyncio.wait_for(slow("zero"), 0)
    except TimeoutError:
        log.append("zero timeout")
    print(log)
    log.clear()

    # a cleanup that takes time delays the TimeoutError until it finishes
    async def slow_cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            log.append("cleanup begins")
            await asyncio.sleep(0.02)
            log.append("cleanup ends")

    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError:
        log.append("timeout raised after cleanup")
    print(log)


asyncio.run(main())
