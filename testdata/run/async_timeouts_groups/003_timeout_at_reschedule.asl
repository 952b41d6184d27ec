# timeout_at with the loop's clock, when(), reschedule() to extend, to
# shorten or to remove the deadline, and the errors of reschedule().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.02) as t:
            print('deadline offset:', round(t.when() - start, 3))
            await asyncio.sleep(0.05)
    except TimeoutError:
        print('timeout_at expired', t.expired())

    # Extending the deadline lets the block finish.
    async with asyncio.timeout(0.01) as t:
        t.reschedule(loop.time() + 0.1)
        await asyncio.sleep(0.03)
    print('extended: expired', t.expired())

    # Shortening it makes it fire earlier.
    log = []
    try:
        async with asyncio.timeout(10) as t:
            await asyncio.sleep(0.01)
            log.append('first sleep')
            t.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.05)
            log.append('not reached')
    except TimeoutError:
        log.append('timeout')
    print(log)

    # Rescheduling to None removes the deadline.
    async with asyncio.timeout(0.01) as t:
        t.reschedule(None)
        print('when is None:', t.when() is None)
        await asyncio.sleep(0.03)
    print('no deadline: expired', t.expired())

    # A deadline in the past fires at the next await.
    try:
        async with asyncio.timeout(1) as t:
            t.reschedule(loop.time() - 5)
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline fired')

    # reschedule after the block is over.
    for cm in (t, asyncio.timeout_at(None)):
        try:
            async with cm:
                pass
        except RuntimeError:
            pass
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    done = asyncio.timeout(1)
    async with done:
        pass
    try:
        done.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        asyncio.timeout(1).reschedule(5)
    except AssertionError:
        print('AssertionError on a Timeout never entered')


asyncio.run(main())
