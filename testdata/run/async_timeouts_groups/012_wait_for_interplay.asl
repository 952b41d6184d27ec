# wait_for and timeout together: wait_for inside a timeout block, a timeout
# block inside wait_for, and shield keeping a task alive past a timeout.
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 10


async def guarded(delay):
    async with asyncio.timeout(0.05):
        return await compute(1, delay)


async def main():
    async with asyncio.timeout(0.1):
        print('wait_for in time:', await asyncio.wait_for(compute(2, 0.01), 0.05))

    try:
        async with asyncio.timeout(0.1):
            await asyncio.wait_for(compute(3, 0.5), 0.02)
    except TimeoutError as e:
        print('wait_for timed out first:', type(e).__name__)

    try:
        async with asyncio.timeout(0.02) as t:
            await asyncio.wait_for(compute(4, 0.5), 0.1)
    except TimeoutError:
        print('block timed out first, expired:', t.expired())

    print('timeout inside wait_for:', await asyncio.wait_for(guarded(0.01), 1))
    try:
        await asyncio.wait_for(guarded(0.5), 1)
    except TimeoutError:
        print('inner timeout fired inside wait_for')
    try:
        await asyncio.wait_for(guarded(0.5), 0.02)
    except TimeoutError:
        print('outer wait_for fired first')

    # shield: the timeout cancels the wait, not the shielded task.
    inner = asyncio.create_task(compute(5, 0.03))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(inner)
    except TimeoutError:
        print('shielded wait timed out; task cancelled?', inner.cancelled())
    print('shielded result:', await inner)

    # gather under a timeout: the gathered tasks are cancelled.
    tasks = [asyncio.create_task(compute(i, 0.01 * i)) for i in range(1, 5)]
    try:
        async with asyncio.timeout(0.025):
            await asyncio.gather(*tasks)
    except TimeoutError:
        print([t.result() if not t.cancelled() else 'cancelled' for t in tasks])
    print('cancelling:', asyncio.current_task().cancelling())


asyncio.run(main())
