# asyncio.timeout and wait_for agree on results, timeouts and inner cancellation.
import asyncio

log = []


async def op(name, d):
    try:
        await asyncio.sleep(d)
        return f"{name} ok"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def with_timeout(name, d, limit):
    try:
        async with asyncio.timeout(limit):
            return await op(name, d)
    except TimeoutError:
        return f"{name} timeout"


async def with_wait_for(name, d, limit):
    try:
        return await asyncio.wait_for(op(name, d), limit)
    except TimeoutError:
        return f"{name} timeout"


async def main():
    cases = [(0.01, 0.05), (0.06, 0.02), (0, 0.01)]
    for d, limit in cases:
        a = await with_timeout("cm", d, limit)
        b = await with_wait_for("wf", d, limit)
        print(d, limit, a, "|", b)
    print(log)
    log.clear()
    res = await asyncio.gather(with_timeout("g1", 0.01, 0.04), with_timeout("g2", 0.1, 0.03),
                               with_wait_for("g3", 0.1, 0.02), with_wait_for("g4", 0.02, 0.05))
    print(res)
    print(log)


asyncio.run(main())
