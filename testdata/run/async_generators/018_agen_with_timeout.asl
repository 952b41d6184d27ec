# Consuming an async generator under a timeout: the generator's finally runs when it is cut.
import asyncio

log = []


async def slow_feed(delay):
    try:
        i = 0
        while True:
            await asyncio.sleep(delay)
            log.append(f"feed {i}")
            yield i
            i += 1
    except asyncio.CancelledError:
        log.append("feed cancelled")
        raise
    finally:
        log.append("feed finally")


async def main():
    got = []
    feed = slow_feed(0.04)
    try:
        async with asyncio.timeout(0.11):
            async for x in feed:
                got.append(x)
    except TimeoutError:
        log.append("timeout")
    print(got)
    print(log)
    await feed.aclose()
    log.clear()

    # wait_for on a single anext step
    feed2 = slow_feed(0.05)
    try:
        await asyncio.wait_for(anext(feed2), 0.01)
    except TimeoutError:
        log.append("anext timed out")
    print(log)
    print("after a cancelled step the generator is done:", await anext(feed2, "done"))


asyncio.run(main())
