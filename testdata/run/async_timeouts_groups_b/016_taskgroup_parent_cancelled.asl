# Cancelling the task that runs a TaskGroup: children are cancelled, CancelledError propagates.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("parent got CancelledError")
        raise
    except BaseExceptionGroup as eg:
        log.append(f"wrong: {eg!r}")


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        log.append(f"main: parent cancelled={p.cancelled()}")
    # the children are cancelled in no specified order
    print(sorted(log[:-2]))
    for line in log[-2:]:
        print(line)


asyncio.run(main())
