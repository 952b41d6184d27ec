# Timeout.reschedule: extend, shorten, remove the deadline while inside the block.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # extend: work that takes longer than the first deadline
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.05)
        print("extended deadline survived")

    # remove the deadline
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print("when after None:", cm.when())
        await asyncio.sleep(0.03)
        print("no deadline survived")

    # start without a deadline, add one later
    try:
        async with asyncio.timeout(None) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + 0.02)
            print("deadline added")
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("added deadline fired, expired:", cm.expired())

    # shorten to the past: expires at the next await
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past; no await yet")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired")

    # reschedule after the block is over
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
