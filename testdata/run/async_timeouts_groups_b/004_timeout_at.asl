# timeout_at with absolute deadlines from loop.time().
import asyncio


async def step(log, name, d):
    await asyncio.sleep(d)
    log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    deadline = loop.time() + 0.06
    try:
        async with asyncio.timeout_at(deadline):
            await step(log, "first", 0.01)
            await step(log, "second", 0.02)
            await step(log, "third", 0.04)
    except TimeoutError:
        log.append("deadline hit")
    print(log)

    # several blocks sharing one absolute deadline
    log.clear()
    deadline = loop.time() + 0.095
    for i in range(4):
        try:
            async with asyncio.timeout_at(deadline):
                await step(log, f"block{i}", 0.035)
        except TimeoutError:
            log.append(f"block{i} timed out")
    print(log)

    # a deadline already in the past
    try:
        async with asyncio.timeout_at(loop.time() - 10):
            await asyncio.sleep(0.01)
    except TimeoutError:
        print("past deadline")
    async with asyncio.timeout_at(None):
        await asyncio.sleep(0)
        print("timeout_at(None) never fires")


asyncio.run(main())
