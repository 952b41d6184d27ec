# Two async generators consumed concurrently interleave at their awaits.
import asyncio

log = []


async def producer(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name} yields {i}")
        yield f"{name}{i}"


async def consume(gen):
    out = []
    async for x in gen:
        out.append(x)
    return out


async def merge(*gens):
    q = asyncio.Queue()
    DONE = object()

    async def pump(g):
        async for x in g:
            await q.put(x)
        await q.put(DONE)

    tasks = [asyncio.create_task(pump(g)) for g in gens]
    remaining = len(gens)
    while remaining:
        x = await q.get()
        if x is DONE:
            remaining -= 1
        else:
            yield x
    await asyncio.gather(*tasks)


async def main():
    a, b = await asyncio.gather(consume(producer("a", 3, 0.04)), consume(producer("b", 2, 0.1)))
    print(a, b)
    print("\n".join(log))
    log.clear()
    merged = [x async for x in merge(producer("x", 3, 0.01), producer("y", 3, 0.02))]
    print(sorted(merged))
    print("each source in order:", [m for m in merged if m[0] == "x"], [m for m in merged if m[0] == "y"])

    # sleep(0) steps interleave strictly
    async def steps(name, n):
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{name}{i}"

    order = []

    async def collect(g):
        async for x in g:
            order.append(x)

    await asyncio.gather(collect(steps("p", 3)), collect(steps("q", 2)))
    print(order)


asyncio.run(main())
