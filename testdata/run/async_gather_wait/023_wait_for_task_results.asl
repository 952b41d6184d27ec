# wait_for on a task: after a timeout the task is cancelled; after success it holds the result.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d * 100


async def main():
    fast = asyncio.create_task(job(0.01))
    slow = asyncio.create_task(job(0.1))
    print(await asyncio.wait_for(fast, 0.05), fast.result())
    try:
        await asyncio.wait_for(slow, 0.02)
    except asyncio.TimeoutError:
        print("slow timed out; cancelled:", slow.cancelled(), "done:", slow.done())
    # retry loop with growing timeouts
    limits = [0.01, 0.02, 0.08]
    for lim in limits:
        try:
            r = await asyncio.wait_for(job(0.05), lim)
            print("succeeded with limit", lim, "->", r)
            break
        except TimeoutError:
            print("limit", lim, "too short")
    # wait_for on a task that already failed
    bad = asyncio.create_task(job("x"))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(bad, 1)
    except TypeError as e:
        print("TypeError crossing wait_for")


asyncio.run(main())
