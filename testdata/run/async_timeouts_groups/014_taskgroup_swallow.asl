# The body of a function catches the ExceptionGroup of its TaskGroup and
# goes on: the cancellation the group sent its parent task is taken back,
# so later awaits run normally.
import asyncio

log = []


async def crash_soon(delay=0.01):
    await asyncio.sleep(delay)
    raise ValueError('crash')


async def foo():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(crash_soon())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append(f'body cancelled, cancelling={me.cancelling()}')
                raise
    except ExceptionGroup as eg:
        log.append(f'caught {eg.exceptions!r}, cancelling={me.cancelling()}')
    await asyncio.sleep(0.01)
    log.append('after the group: still running')
    return 'foo result'


async def main():
    print(await foo())
    for line in log:
        print(line)

    # The same, when the task is also cancelled from outside: the outside
    # cancellation is not lost.
    log.clear()

    async def also_cancelled():
        try:
            async with asyncio.TaskGroup() as g:
                g.create_task(crash_soon(0.05))
                await asyncio.sleep(1)
        except ExceptionGroup as eg:
            log.append(f'caught {eg.exceptions!r}')
        except asyncio.CancelledError:
            log.append('CancelledError out of the group')
            raise
        await asyncio.sleep(0.01)
        log.append('not cancelled?')

    t = asyncio.create_task(also_cancelled())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('outer task cancelled')
    print(log)


asyncio.run(main())
