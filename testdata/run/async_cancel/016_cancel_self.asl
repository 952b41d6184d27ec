# A task cancelling itself: CancelledError arrives at its next await.
import asyncio


async def self_cancel():
    me = asyncio.current_task()
    print("cancel self:", me.cancel("by myself"))
    print("still running synchronously, cancelling =", me.cancelling())
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError as e:
        print("got it at the await:", e.args)
        raise


async def self_cancel_no_await():
    asyncio.current_task().cancel()
    return "returned before any await"


async def main():
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    u = asyncio.create_task(self_cancel_no_await())
    try:
        print("result:", await u)
    except asyncio.CancelledError:
        print("no-await task cancelled anyway:", u.cancelled())
    me = asyncio.current_task()
    me.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("main caught its own cancel, uncancel ->", me.uncancel())
    print("main continues")
    await asyncio.sleep(0)
    print("main cancels itself for good")
    me.cancel()
    await asyncio.sleep(0)
    print("not reached")


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
