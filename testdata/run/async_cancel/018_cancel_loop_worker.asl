# A periodic worker stopped from outside with call_later(task.cancel).
import asyncio


async def heartbeat(beats, period):
    # beats on an absolute schedule: start, start + period, start + 2 * period, ...
    loop = asyncio.get_running_loop()
    start = loop.time()
    n = 0
    try:
        while True:
            n += 1
            beats.append(n)
            await asyncio.sleep(start + n * period - loop.time())
    except asyncio.CancelledError:
        beats.append("stopped")
        raise
    finally:
        beats.append(f"total {n}")


async def spinner(counter):
    try:
        while True:
            counter[0] += 1
            await asyncio.sleep(0)
    finally:
        counter.append("spinner done")


async def main():
    loop = asyncio.get_running_loop()
    beats = []
    hb = asyncio.create_task(heartbeat(beats, 0.03))
    loop.call_later(0.075, hb.cancel)
    try:
        await hb
    except asyncio.CancelledError:
        print("heartbeat cancelled")
    print(beats)

    counter = [0]
    sp = asyncio.create_task(spinner(counter))
    for _ in range(5):
        await asyncio.sleep(0)
    sp.cancel()
    try:
        await sp
    except asyncio.CancelledError:
        pass
    print("spins:", counter)

    # cancelling via a handle that is itself cancelled does nothing
    t = asyncio.create_task(asyncio.sleep(0.02, "survived"))
    h = loop.call_later(0.01, t.cancel)
    h.cancel()
    print(await t)


asyncio.run(main())
