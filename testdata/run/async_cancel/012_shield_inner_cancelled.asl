# When the shielded task itself is cancelled, the shield's waiter is cancelled too;
# when the shielded task fails, the error comes through.
import asyncio


async def slow():
    await asyncio.sleep(1)


async def failing():
    await asyncio.sleep(0.01)
    raise OSError("disk full")


async def main():
    inner = asyncio.create_task(slow())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())

    f = asyncio.create_task(failing())
    try:
        await asyncio.shield(f)
    except OSError as e:
        print("through the shield:", type(e).__name__, e)

    # cancel the outer, then the inner fails later: nobody awaits the outer
    g = asyncio.create_task(failing())
    o = asyncio.shield(g)
    o.cancel()
    await asyncio.sleep(0.03)
    print("outer cancelled:", o.cancelled(), "inner failed:", type(g.exception()).__name__)

    # shield inside wait_for: timeout cancels only the shield wrapper
    h = asyncio.create_task(asyncio.sleep(0.05, result="late value"))
    try:
        await asyncio.wait_for(asyncio.shield(h), 0.01)
    except asyncio.TimeoutError:
        print("timed out, inner still running:", not h.done())
    print("inner result:", await h)


asyncio.run(main())
