# Cancelling a gather(return_exceptions=True) still raises CancelledError in the awaiter.
import asyncio

log = []


async def part(n):
    try:
        await asyncio.sleep(0.01 * n)
        if n == 2:
            raise ValueError("part 2 failed")
        return n
    except asyncio.CancelledError:
        log.append(f"part {n} cancelled")
        raise


async def main():
    g = asyncio.gather(*(part(n) for n in range(1, 6)), return_exceptions=True)
    await asyncio.sleep(0.025)
    g.cancel()
    try:
        r = await g
        print("results:", r)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(log)

    # without cancel, return_exceptions collects everything
    log.clear()
    r = await asyncio.gather(*(part(n) for n in range(1, 4)), return_exceptions=True)
    print([x if isinstance(x, int) else repr(x) for x in r])

    # a child that swallows cancel: the gather still reports CancelledError
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("swallow: ignoring")
            return "kept going"

    log.clear()
    g2 = asyncio.gather(swallow(), part(3), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 raised CancelledError")
    print(log)


asyncio.run(main())
