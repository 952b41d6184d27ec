# Dining philosophers with ordered lock acquisition (no deadlock).
import asyncio


async def philosopher(i, forks, meals, log):
    left, right = i, (i + 1) % len(forks)
    first, second = min(left, right), max(left, right)
    eaten = 0
    while eaten < meals:
        async with forks[first]:
            await asyncio.sleep(0)
            async with forks[second]:
                eaten += 1
                log.append(i)
                await asyncio.sleep(0.001)
        await asyncio.sleep(0)
    return eaten


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    eaten = await asyncio.gather(*(philosopher(i, forks, 3, log) for i in range(n)))
    print("meals:", eaten)
    print("total:", len(log))
    print("everyone ate 3 times:", all(log.count(i) == 3 for i in range(n)))
    print("forks locked:", [f.locked() for f in forks])


asyncio.run(main())
