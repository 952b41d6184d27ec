# Waiters acquire a Lock in the order they asked for it.
import asyncio

order = []


async def user(name, lock, hold):
    async with lock:
        order.append(f"{name}+")
        await asyncio.sleep(hold)
        order.append(f"{name}-")


async def main():
    lock = asyncio.Lock()
    names = ["d", "a", "c", "b", "e"]
    tasks = [asyncio.create_task(user(n, lock, 0.001 * i)) for i, n in enumerate(names)]
    await asyncio.gather(*tasks)
    print(" ".join(order))
    order.clear()

    # the holder re-requests after releasing: it goes behind the waiters
    async def greedy(lock):
        for i in range(3):
            async with lock:
                order.append(f"g{i}")
                await asyncio.sleep(0)

    async def polite(name, lock):
        for i in range(2):
            async with lock:
                order.append(f"{name}{i}")
                await asyncio.sleep(0)

    await asyncio.gather(greedy(lock), polite("p", lock), polite("q", lock))
    print(" ".join(order))

    # a cancelled waiter is skipped
    order.clear()
    await lock.acquire()
    ts = [asyncio.create_task(user(n, lock, 0)) for n in "xyz"]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(" ".join(order), [t.cancelled() for t in ts])


asyncio.run(main())
