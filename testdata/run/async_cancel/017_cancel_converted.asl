# CancelledError crossing coroutines: converted, swallowed in the middle, or passed through.
import asyncio


class Aborted(Exception):
    pass


async def leaf():
    await asyncio.sleep(1)


async def converting():
    try:
        await leaf()
    except asyncio.CancelledError as e:
        raise Aborted("operation aborted") from e


async def swallowing_middle():
    try:
        await leaf()
    except asyncio.CancelledError:
        print("middle swallowed the cancel")
    await asyncio.sleep(0)
    print("middle continues after the swallowed cancel")
    return "middle result"


async def top(inner):
    try:
        r = await inner()
        print("top got", r)
        return r
    except Aborted as e:
        print("top caught", type(e).__name__, e, "cause:", type(e.__cause__).__name__)
        return "top handled"


async def run(inner):
    t = asyncio.create_task(top(inner))
    await asyncio.sleep(0)
    t.cancel()
    try:
        r = await t
        print("task result:", r, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


async def main():
    await run(converting)
    await run(swallowing_middle)
    await run(leaf)


asyncio.run(main())
