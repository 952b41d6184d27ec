# Condition: notify(n) wakes n waiters in FIFO order, notify_all wakes the rest.
import asyncio

log = []


async def waiter(name, cond):
    async with cond:
        log.append(f"{name} waiting")
        await cond.wait()
        log.append(f"{name} woke, lock held: {cond.locked()}")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))

    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    async with cond:
        cond.notify(10)
        print("notify with nobody waiting is fine")

    # a Condition can share an existing Lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked())
    print("released:", lock.locked())


asyncio.run(main())
