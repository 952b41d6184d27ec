# Acquiring a Lock with a timeout, and a try-lock built from locked().
import asyncio


async def hold(lock, d, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(d)
        log.append("holder out")


async def try_acquire(lock, timeout):
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
        return True
    except TimeoutError:
        return False


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(hold(lock, 0.05, log))
    await asyncio.sleep(0)
    log.append(f"short wait: {await try_acquire(lock, 0.01)}")
    log.append(f"locked after failed attempt: {lock.locked()}")
    log.append(f"long wait: {await try_acquire(lock, 0.2)}")
    lock.release()
    await h
    print("\n".join(log))

    def try_lock_nowait(lk):
        return not lk.locked()

    print("free:", try_lock_nowait(lock))
    await lock.acquire()
    print("busy:", try_lock_nowait(lock))
    lock.release()

    # many attempts with timeouts against one long holder: all fail, lock stays consistent
    h2 = asyncio.create_task(hold(lock, 0.05, log))
    await asyncio.sleep(0)
    attempts = await asyncio.gather(*(try_acquire(lock, 0.01 * i) for i in range(1, 4)))
    print(attempts)
    await h2
    print("locked at end:", lock.locked())


asyncio.run(main())
