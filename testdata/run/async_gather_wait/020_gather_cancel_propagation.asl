# A child of gather that raises CancelledError itself (not cancelled from outside).
import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def self_cancelling():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("gave up")


async def main():
    try:
        await asyncio.gather(ok(1), self_cancelling(), ok(3))
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    res = await asyncio.gather(ok(1), self_cancelling(), ok(3), return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in res])

    t = asyncio.create_task(self_cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("task raising CancelledError counts as cancelled:", t.cancelled())

    # the awaiting task itself is not cancelled: it can continue
    print("main cancelling:", asyncio.current_task().cancelling())
    print(await ok("main continues"))


asyncio.run(main())
