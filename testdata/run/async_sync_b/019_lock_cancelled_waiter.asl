# Cancelling a task waiting for a Lock, Semaphore or Event does not break the primitive.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    print("waiter cancelled:", waiter.cancelled(), "lock still held:", lock.locked())
    lock.release()
    print("after release:", lock.locked())
    print("acquire works:", await lock.acquire())
    lock.release()

    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ws = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    ws[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print("states:", [("cancelled" if w.cancelled() else w.done()) for w in ws])
    sem.release()
    await asyncio.sleep(0)
    print("states:", [("cancelled" if w.cancelled() else w.done()) for w in ws])
    print("sem locked:", sem.locked())

    ev = asyncio.Event()
    e1 = asyncio.create_task(ev.wait())
    e2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    e1.cancel()
    ev.set()
    await asyncio.gather(e1, e2, return_exceptions=True)
    print("event waiters:", e1.cancelled(), e2.result())

    # a task cancelled after being handed the lock passes it on
    await lock.acquire()
    log = []

    async def take(name):
        async with lock:
            log.append(name)

    t1 = asyncio.create_task(take("t1"))
    t2 = asyncio.create_task(take("t2"))
    await asyncio.sleep(0)
    lock.release()
    t1.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print("lock passed on to:", log, "locked:", lock.locked())


asyncio.run(main())
