# A bounded buffer built from one Condition with two predicates.
import asyncio


class Buffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = []
        self.cond = asyncio.Condition()
        self.max_seen = 0

    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


async def producer(buf, base, n):
    for i in range(n):
        await buf.put(base + i)


async def consumer(buf, n, out):
    for _ in range(n):
        out.append(await buf.get())
        await asyncio.sleep(0)


async def main():
    buf = Buffer(3)
    out = []
    await asyncio.gather(producer(buf, 100, 6), producer(buf, 200, 6), consumer(buf, 8, out),
                         consumer(buf, 4, out))
    print(sorted(out))
    print("count:", len(out), "max buffered:", buf.max_seen, "left:", buf.items)
    print("per producer order kept:",
          [x for x in out if x < 200] == sorted(x for x in out if x < 200),
          [x for x in out if x >= 200] == sorted(x for x in out if x >= 200))


asyncio.run(main())
