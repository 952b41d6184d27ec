# A failing task cancels its siblings and the body; the failure leaves the
# block in an ExceptionGroup.
import asyncio

log = []


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} finished')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def fail(delay, exc):
    await asyncio.sleep(delay)
    log.append(f'raising {exc!r}')
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as g:
            quick = g.create_task(ok('quick', 0.01))
            slow = g.create_task(ok('slow', 0.1))
            bad = g.create_task(fail(0.02, ValueError('bad value')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append('body cancelled')
                raise
            log.append('body not cancelled (wrong)')
    except ExceptionGroup as eg:
        print(type(eg).__name__, repr(str(eg)))
        print('message:', eg.message)
        print('exceptions:', eg.exceptions)
        print('cause:', eg.__cause__, 'suppress context:', eg.__suppress_context__)
    for line in log:
        print(line)
    print(quick.result(), slow.cancelled(), bad.exception())
    print('cancelling:', asyncio.current_task().cancelling())

    # Failing at once, before any sibling ran.
    log.clear()

    async def boom():
        raise KeyError('k')

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom())
            g.create_task(ok('sibling', 0.01))
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)

    # A failure in a child task after the body has already finished.
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail(0.01, RuntimeError('late')))
            log.append('body finished')
        print('not reached')
    except ExceptionGroup as eg:
        print(eg.exceptions, log[-2:])


asyncio.run(main())
