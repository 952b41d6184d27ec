# A coroutine-style protocol over asend: a running average with reset via athrow.
import asyncio


class Reset(Exception):
    pass


async def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        try:
            value = yield avg
        except Reset:
            total, count, avg = 0.0, 0, None
            continue
        await asyncio.sleep(0)
        total += value
        count += 1
        avg = total / count


async def main():
    avg = averager()
    await avg.asend(None)
    for v in (10, 20, 30, 5):
        print("avg after", v, "=", await avg.asend(v))
    print("reset ->", await avg.athrow(Reset()))
    print("fresh avg:", await avg.asend(7))
    await avg.aclose()

    # two independent generators do not share state
    a, b = averager(), averager()
    await a.asend(None)
    await b.asend(None)
    print(await a.asend(1), await b.asend(100), await a.asend(3), await b.asend(200))
    await a.aclose()
    await b.aclose()

    # asend while the previous asend is still awaiting is an error
    c = averager()
    await c.asend(None)
    first = asyncio.create_task(_drive(c, 1))
    await asyncio.sleep(0)
    try:
        await c.asend(2)
    except RuntimeError as e:
        print("RuntimeError", e)
    print("first result:", await first)
    await c.aclose()


async def _drive(gen, v):
    return await gen.asend(v)


asyncio.run(main())
