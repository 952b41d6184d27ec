# A hand-written deadline helper that tells its own cancel apart from an outside one,
# using cancelling() and uncancel().
import asyncio


class Deadline(Exception):
    pass


async def with_deadline(coro, delay):
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    fired = []

    def expire():
        fired.append(True)
        task.cancel()

    h = loop.call_later(delay, expire)
    try:
        return await coro
    except asyncio.CancelledError:
        if fired and task.uncancel() == 0:
            raise Deadline(f"took longer than {delay}")
        raise
    finally:
        h.cancel()


async def job(d, value):
    await asyncio.sleep(d)
    return value


async def main():
    print(await with_deadline(job(0.01, "fast"), 0.05))
    try:
        await with_deadline(job(0.1, "slow"), 0.02)
    except Deadline as e:
        print("Deadline", e)
    print("cancelling after:", asyncio.current_task().cancelling())

    async def victim():
        return await with_deadline(job(0.1, "x"), 0.5)

    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel passes through:", t.cancelled())

    async def both():
        return await with_deadline(job(0.1, "y"), 0.02)

    t2 = asyncio.create_task(both())
    await asyncio.sleep(0.01)
    t2.cancel()
    await asyncio.sleep(0.03)
    try:
        await t2
    except asyncio.CancelledError:
        print("outside cancel wins:", t2.cancelled())


asyncio.run(main())
