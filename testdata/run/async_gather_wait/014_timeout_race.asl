# Completion against timeout: clearly separated delays decide the winner.
import asyncio


async def work(d, v):
    await asyncio.sleep(d)
    return v


async def attempt(d, timeout):
    try:
        r = await asyncio.wait_for(work(d, f"done in {d}"), timeout)
        return f"ok: {r}"
    except TimeoutError:
        return f"timeout after {timeout}"


async def stubborn():
    # ignores the cancellation and returns a value anyway
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "stubborn value"


async def main():
    for d, timeout in [(0.01, 0.05), (0.05, 0.01), (0, 0.02), (0.03, 0.1), (0.1, 0.03)]:
        print(d, timeout, "->", await attempt(d, timeout))
    print(await asyncio.gather(attempt(0.01, 0.04), attempt(0.07, 0.04), attempt(0.02, 0.06)))
    print("stubborn:", await asyncio.wait_for(stubborn(), 0.01))

    # a timeout firing while the result is already set wins nothing
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "just in time")
    print(await asyncio.wait_for(fut, 0.05))


asyncio.run(main())
