# Several wait_for calls under one gather: some finish, some time out.
import asyncio

log = []


async def fetch(i, delay):
    try:
        await asyncio.sleep(delay)
        return f"r{i}"
    finally:
        log.append(f"fetch {i} ends")


async def guarded(i, delay, limit):
    try:
        return await asyncio.wait_for(fetch(i, delay), limit)
    except asyncio.TimeoutError:
        return f"t{i}"


async def main():
    plan = [(0, 0.01, 0.05), (1, 0.08, 0.03), (2, 0.02, 0.06), (3, 0.1, 0.045)]
    res = await asyncio.gather(*(guarded(*p) for p in plan))
    print(res)
    print(log)
    log.clear()

    # without the guard the first timeout fails the gather; the others continue
    try:
        await asyncio.gather(asyncio.wait_for(fetch(10, 0.1), 0.01),
                             asyncio.wait_for(fetch(11, 0.03), 0.5))
    except TimeoutError:
        print("gather: TimeoutError", log)
    await asyncio.sleep(0.05)
    print(log)


asyncio.run(main())
