# asyncio.timeout: the block is cancelled at the deadline and TimeoutError
# leaves it, with the CancelledError as its __context__.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(1)
        log.append('slow finished')
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise
    finally:
        log.append('slow cleanup')


async def main():
    log = []
    cm = asyncio.timeout(0.01)
    print(repr(cm), cm.expired())
    try:
        async with cm as t:
            print('same object:', t is cm, t.expired())
            await slow(log)
            print('not reached')
    except TimeoutError as e:
        print('caught', type(e).__name__, repr(e.args))
        print('context:', type(e.__context__).__name__, 'cause:', e.__cause__)
        print('is asyncio.TimeoutError:', type(e) is asyncio.TimeoutError)
    print(log)
    print(repr(cm), cm.expired())
    print('task not cancelling:', asyncio.current_task().cancelling())

    # Code after the awaited call inside the block never runs.
    steps = []
    try:
        async with asyncio.timeout(0.02):
            for i in range(10):
                steps.append(i)
                await asyncio.sleep(0.015)
    except TimeoutError:
        steps.append('timeout')
    print(steps)

    # Catching the TimeoutError inside the function and going on.
    async def fetch(delay):
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(delay)
                return f'got after {delay}'
        except TimeoutError:
            return f'gave up on {delay}'

    print(await asyncio.gather(fetch(0.01), fetch(0.2), fetch(0.03)))


asyncio.run(main())
