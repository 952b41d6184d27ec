# Cancelling the task that runs a TaskGroup cancels the children, and the
# CancelledError leaves the block; a timeout around a group turns it into
# TimeoutError.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} done')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def run_group():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child('c1', 1))
            g.create_task(child('c2', 0.01))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('group got CancelledError')
        raise
    log.append('not reached')


async def main():
    t = asyncio.create_task(run_group())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(f'task cancelled: {t.cancelled()}')
    print(log)

    # Cancelled while waiting on exit for its children.
    log.clear()

    async def wait_on_exit():
        async with asyncio.TaskGroup() as g:
            g.create_task(child('e1', 1))
            log.append('body done')

    t = asyncio.create_task(wait_on_exit())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('cancelled while exiting')
    print(log)

    # A timeout around the group.
    log.clear()
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as g:
                g.create_task(child('t1', 0.01))
                g.create_task(child('t2', 1))
    except TimeoutError as e:
        log.append(f'TimeoutError, context {type(e.__context__).__name__}')
    print(log, asyncio.current_task().cancelling())

    # A timeout inside a child only affects that child.
    log.clear()

    async def patient(name):
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            log.append(f'{name} timed out')
        return name

    async with asyncio.TaskGroup() as g:
        p = g.create_task(patient('p'))
        g.create_task(child('q', 0.02))
    print(log, p.result())


asyncio.run(main())
