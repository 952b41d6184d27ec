# A task that catches CancelledError and returns normally is not cancelled.
import asyncio


async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallower: caught, returning normally")
        return "swallowed"
    return "slept"


async def converter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("converted")


async def reraiser():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("reraiser: cleanup then re-raise")
        raise


async def main():
    for coro in (swallower(), converter(), reraiser()):
        t = asyncio.create_task(coro)
        await asyncio.sleep(0)
        print("cancel:", t.cancel())
        try:
            r = await t
            print("result", repr(r))
        except asyncio.CancelledError:
            print("await raised CancelledError")
        except ValueError as e:
            print("await raised ValueError", e)
        print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())
        if not t.cancelled():
            print("exception():", repr(t.exception()))


asyncio.run(main())
