# Timeout and outside cancellation: a real cancel() of the task during a
# timeout stays a CancelledError; cancelling()/uncancel() counts.
import asyncio


async def guarded(log):
    try:
        async with asyncio.timeout(0.05) as t:
            await asyncio.sleep(1)
    except TimeoutError:
        log.append('TimeoutError (wrong)')
    except asyncio.CancelledError:
        log.append(f'CancelledError, expired={t.expired()}')
        raise


async def both(log, timeout_first):
    # The deadline passes and the task is cancelled in the same turn, in
    # either order.
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(10) as t:
            if timeout_first:
                t.reschedule(loop.time())
                loop.call_soon(me.cancel, 'outside')
            else:
                loop.call_soon(me.cancel, 'outside')
                t.reschedule(loop.time())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append(f'cancelling={me.cancelling()}')
                raise
    except TimeoutError:
        log.append('TimeoutError')
    except asyncio.CancelledError:
        log.append(f'CancelledError, expired={t.expired()}, cancelling={me.cancelling()}')
        raise


async def main():
    log = []
    task = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append('task cancelled')
    print(log)

    for timeout_first in (True, False):
        log = []
        task = asyncio.create_task(both(log, timeout_first))
        try:
            await task
        except asyncio.CancelledError as e:
            log.append(f'task cancelled: {e.args}')
        print(log)

    # After a handled timeout, the task is not marked as cancelling.
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('handled; cancelling =', me.cancelling())
    await asyncio.sleep(0.01)
    print('the task keeps running')


asyncio.run(main())
