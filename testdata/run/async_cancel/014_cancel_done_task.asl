# cancel() on finished tasks returns False and changes nothing.
import asyncio


async def quick(x):
    return x


async def broken():
    raise KeyError("k")


async def main():
    t = asyncio.create_task(quick(5))
    await t
    print("cancel done:", t.cancel(), t.cancelled(), t.result())
    b = asyncio.create_task(broken())
    try:
        await b
    except KeyError:
        pass
    print("cancel failed task:", b.cancel(), b.cancelled(), type(b.exception()).__name__)
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print("first cancel:", c.cancel())
    print("pending cancel again:", c.cancel())
    try:
        await c
    except asyncio.CancelledError:
        pass
    print("after cancelled:", c.cancel(), c.cancelled())
    # a task finishing in the same turn as cancel() is called
    d = asyncio.create_task(quick(1))
    await asyncio.sleep(0)
    print("done before cancel:", d.done(), "cancel:", d.cancel())
    # the callback order when cancelled
    e = asyncio.create_task(asyncio.sleep(1))
    e.add_done_callback(lambda f: print("callback sees cancelled:", f.cancelled()))
    await asyncio.sleep(0)
    e.cancel()
    print("callback not yet run")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
