# Lock: acquire/release, locked(), async with, errors.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    print("released:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    async with lock:
        print("inside async with:", lock.locked())
    print("after async with:", lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after an error:", not lock.locked())
    r = None
    async with lock as r:
        pass
    print("async with value:", r)

    # a second task waits until the first releases
    log = []

    async def holder():
        async with lock:
            log.append("holder has lock")
            await asyncio.sleep(0.02)
            log.append("holder releasing")

    async def waiter():
        await asyncio.sleep(0)
        log.append(f"waiter sees locked={lock.locked()}")
        async with lock:
            log.append("waiter has lock")

    await asyncio.gather(holder(), waiter())
    print(log)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print("plain with is an error:", type(e).__name__)


asyncio.run(main())
