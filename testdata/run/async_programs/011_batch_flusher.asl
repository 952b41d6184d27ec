# A batch writer: flush when the batch is full or after a max delay, whichever comes first.
import asyncio


class BatchWriter:
    def __init__(self, size, max_delay):
        self.size = size
        self.max_delay = max_delay
        self.q = asyncio.Queue()
        self.flushed = []

    async def add(self, item):
        await self.q.put(item)

    async def run(self):
        while True:
            first = await self.q.get()
            if first is None:
                return
            batch = [first]
            reason = "size"
            try:
                async with asyncio.timeout(self.max_delay):
                    while len(batch) < self.size:
                        item = await self.q.get()
                        if item is None:
                            self.flushed.append((batch, "close"))
                            return
                        batch.append(item)
            except TimeoutError:
                reason = "time"
            self.flushed.append((batch, reason))


async def main():
    w = BatchWriter(size=3, max_delay=0.03)
    runner = asyncio.create_task(w.run())
    for i in range(7):
        await w.add(i)
    await asyncio.sleep(0.05)
    await w.add(7)
    await asyncio.sleep(0.01)
    await w.add(8)
    await asyncio.sleep(0.06)
    await w.add(9)
    await w.add(None)
    await runner
    for batch, reason in w.flushed:
        print(reason, batch)
    print("items written:", sum(len(b) for b, _ in w.flushed))


asyncio.run(main())
