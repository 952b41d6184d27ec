# cancel(msg): the message reaches the coroutine and the awaiting code.
import asyncio


async def victim(results):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        results.append(("inside", e.args))
        raise


async def main():
    results = []
    t = asyncio.create_task(victim(results))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        results.append(("awaiter", e.args))
    print(results)
    print("cancelled:", t.cancelled())

    results.clear()
    t2 = asyncio.create_task(victim(results))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        results.append(("awaiter", e.args))
    print(results)

    # cancel twice: the last message wins in the coroutine
    results.clear()
    t3 = asyncio.create_task(victim(results))
    await asyncio.sleep(0)
    t3.cancel("first")
    t3.cancel("second")
    try:
        await t3
    except asyncio.CancelledError as e:
        results.append(("awaiter", e.args))
    print(results)
    print(str(asyncio.CancelledError("text")), repr(asyncio.CancelledError("text")))


asyncio.run(main())
