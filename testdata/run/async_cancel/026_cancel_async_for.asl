# Cancelling a task while it iterates an async generator: the generator's finally runs.
import asyncio

log = []


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    except asyncio.CancelledError:
        log.append("generator saw CancelledError")
        raise
    finally:
        log.append("generator finally")


async def consumer(enough):
    total = 0
    try:
        async for i in ticks(100):
            total += i
            log.append(f"got {i}")
            if i == 2:
                enough.set()
    finally:
        log.append(f"consumer finally total={total}")


async def main():
    enough = asyncio.Event()
    t = asyncio.create_task(consumer(enough))
    await enough.wait()
    # by now the consumer is back inside the generator, sleeping before the next item
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("consumer cancelled")
    for line in log:
        print(line)


asyncio.run(main())
