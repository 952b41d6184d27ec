# Semaphore waiters are served first come, first served.
import asyncio

order = []


async def job(sem, name):
    async with sem:
        order.append(name)
        await asyncio.sleep(0.01)


async def main():
    sem = asyncio.Semaphore(1)
    names = ["t5", "t2", "t9", "t1", "t7"]
    await asyncio.gather(*(job(sem, n) for n in names))
    print(order)
    order.clear()

    sem2 = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem2, f"j{i}") for i in range(7)))
    print(order)

    # releasing several permits at once wakes that many waiters in order
    order.clear()
    gate = asyncio.Semaphore(0)

    async def gated(name):
        await gate.acquire()
        order.append(name)

    ts = [asyncio.create_task(gated(f"g{i}")) for i in range(5)]
    await asyncio.sleep(0)
    gate.release()
    gate.release()
    await asyncio.sleep(0.01)
    print("after two releases:", order)
    for _ in range(3):
        gate.release()
    await asyncio.gather(*ts)
    print("after all:", order)
    print("locked at the end:", gate.locked())


asyncio.run(main())
