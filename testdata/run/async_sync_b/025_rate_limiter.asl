# A token-bucket style rate limiter: a Semaphore refilled by a timer task.
import asyncio


class RateLimiter:
    def __init__(self, per_tick, tick):
        self.sem = asyncio.Semaphore(per_tick)
        self.per_tick = per_tick
        self.tick = tick
        self.used = 0
        self.ticks = 0

    async def refill(self):
        while True:
            await asyncio.sleep(self.tick)
            self.ticks += 1
            for _ in range(self.used):
                self.sem.release()
            self.used = 0

    async def acquire(self):
        await self.sem.acquire()
        self.used += 1
        return self.ticks


async def request(limiter, i, log):
    tick = await limiter.acquire()
    log.append((tick, i))


async def main():
    limiter = RateLimiter(3, 0.03)
    refiller = asyncio.create_task(limiter.refill())
    log = []
    await asyncio.gather(*(request(limiter, i, log) for i in range(8)))
    refiller.cancel()
    by_tick = {}
    for tick, i in log:
        by_tick.setdefault(tick, []).append(i)
    for tick in sorted(by_tick):
        print("window", tick, "->", by_tick[tick])
    print("max per window:", max(len(v) for v in by_tick.values()))


asyncio.run(main())
