# Cancelling a task that awaits a plain future cancels that future too.
import asyncio


async def wait_on(fut, log):
    try:
        return await fut
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(f"future callback cancelled={f.cancelled()}"))
    t = asyncio.create_task(wait_on(fut, log))
    await asyncio.sleep(0)
    t.cancel("bye")
    log.append(f"future cancelled immediately: {fut.cancelled()}")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: task cancelled")
    print("\n".join(log))

    # two tasks waiting on one future: cancelling one cancels the future for both
    log.clear()
    shared = loop.create_future()
    a = asyncio.create_task(wait_on(shared, log))
    b = asyncio.create_task(wait_on(shared, log))
    await asyncio.sleep(0)
    a.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], shared.cancelled(), b.cancelled())
    print(log)

    # a future completed in the same turn: cancel arrives too late for the future
    log.clear()
    f2 = loop.create_future()
    c = asyncio.create_task(wait_on(f2, log))
    await asyncio.sleep(0)
    f2.set_result("value")
    print("cancel after set_result:", c.cancel())
    try:
        print("result:", await c)
    except asyncio.CancelledError:
        print("cancelled although the future had a result")
    print(log)


asyncio.run(main())
