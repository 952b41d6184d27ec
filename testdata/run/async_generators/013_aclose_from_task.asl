# An async generator consumed in one task and closed from another.
import asyncio

log = []


async def stream():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.02)
            yield i
            i += 1
    finally:
        log.append("stream closed")


async def reader(gen, want):
    got = []
    async for x in gen:
        got.append(x)
        if len(got) == want:
            break
    return got


async def main():
    gen = stream()
    got = await asyncio.create_task(reader(gen, 3))
    log.append(f"reader got {got}")
    await asyncio.create_task(gen.aclose())
    log.append("closed from another task")
    print(log)

    # while a task is suspended inside the generator, aclose raises RuntimeError
    log.clear()
    gen2 = stream()
    t = asyncio.create_task(reader(gen2, 100))
    await asyncio.sleep(0.03)
    try:
        await gen2.aclose()
    except RuntimeError as e:
        log.append(f"RuntimeError {e}")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("reader cancelled")
    log.append(f"close after cancel: {await gen2.aclose()}")
    print(log)


asyncio.run(main())
