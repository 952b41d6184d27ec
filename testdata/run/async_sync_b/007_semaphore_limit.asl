# Semaphore limits how many tasks run a section at the same time.
import asyncio

active = 0
peak = 0
log = []


async def limited(sem, name, d):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"{name} in ({active} active)")
        await asyncio.sleep(d)
        active -= 1
    log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked at start:", sem.locked())
    specs = [("a", 0.09), ("b", 0.03), ("c", 0.03), ("d", 0.15), ("e", 0.03)]
    await asyncio.gather(*(limited(sem, n, d) for n, d in specs))
    print("\n".join(log))
    print("peak:", peak)

    s = asyncio.Semaphore(1)
    await s.acquire()
    print("locked after one acquire:", s.locked())
    s.release()
    s.release()
    print("released twice, now 2 available:", await s.acquire(), await s.acquire(), s.locked())
    zero = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", zero.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
