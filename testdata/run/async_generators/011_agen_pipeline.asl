# Composable async generator stages: source, map, filter, take, batch.
import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def amap(fn, it):
    async for x in it:
        yield fn(x)


async def afilter(pred, it):
    async for x in it:
        if pred(x):
            yield x


async def take(n, it):
    if n <= 0:
        return
    count = 0
    async for x in it:
        yield x
        count += 1
        if count >= n:
            return


async def batch(size, it):
    buf = []
    async for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


async def main():
    pipeline = take(5, afilter(lambda x: x % 3 == 1, amap(lambda x: x * x, source(100))))
    print([x async for x in pipeline])
    print([b async for b in batch(4, source(10))])
    print([b async for b in batch(3, take(0, source(10)))])
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]

    async def from_list(xs):
        for x in xs:
            yield x

    upper_long = amap(str.upper, afilter(lambda w: len(w) > 4, from_list(words)))
    print([w async for w in upper_long])
    s = 0
    async for b in batch(2, amap(lambda x: x + 1, source(7))):
        s += sum(b)
        print("batch", b, "running", s)


asyncio.run(main())
