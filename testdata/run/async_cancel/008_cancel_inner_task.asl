# Cancelling only the awaited task: the awaiting task sees CancelledError but is not cancelled.
import asyncio


async def inner():
    await asyncio.sleep(1)
    return "never"


async def outer(t):
    try:
        return await t
    except asyncio.CancelledError:
        print("outer: inner was cancelled, carrying on")
        await asyncio.sleep(0)
        return "outer recovered"


async def outer_propagates(t):
    return await t


async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    it.cancel()
    print("outer result:", await ot)
    print("inner cancelled:", it.cancelled(), "outer cancelled:", ot.cancelled())

    it2 = asyncio.create_task(inner())
    ot2 = asyncio.create_task(outer_propagates(it2))
    await asyncio.sleep(0)
    it2.cancel()
    try:
        await ot2
    except asyncio.CancelledError:
        print("outer_propagates raised CancelledError")
    print("inner cancelled:", it2.cancelled(), "outer cancelled:", ot2.cancelled())
    print("outer cancelling:", ot2.cancelling())


asyncio.run(main())
