# Cancellation unwinds the whole await chain; finally blocks may still await.
import asyncio

log = []


async def resource(name, inner):
    log.append(f"open {name}")
    try:
        return await inner
    finally:
        log.append(f"closing {name}")
        await asyncio.sleep(0)
        log.append(f"closed {name}")


async def deepest():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("deepest finally")


async def job():
    try:
        await resource("outer", resource("middle", resource("inner", deepest())))
    finally:
        log.append("job finally")
    log.append("unreachable")


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel()
    log.append("main cancelled job")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    for line in log:
        print(line)
    print("cancelled:", t.cancelled())


asyncio.run(main())
