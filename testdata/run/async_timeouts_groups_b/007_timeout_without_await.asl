# A deadline can only interrupt at an await: a block that never awaits is not cut short.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0) as cm:
        total = sum(range(1000))
    print("no await, timeout 0:", total, "expired:", cm.expired())

    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout 0 with an await: TimeoutError, expired:", cm.expired())

    try:
        async with asyncio.timeout(-5):
            print("negative delay: body starts")
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("negative delay: TimeoutError")

    # awaiting a coroutine that does not suspend is not an interruption point
    async def no_suspend():
        return 42

    try:
        async with asyncio.timeout(0):
            v = await no_suspend()
            print("plain coroutine result:", v)
            await asyncio.sleep(0)
    except TimeoutError:
        print("cut at the first real suspension")
    print("tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
