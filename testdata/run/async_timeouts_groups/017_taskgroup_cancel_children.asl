# Children of a TaskGroup that are cancelled on their own do not fail the
# group; a child that swallows its cancellation finishes normally.
import asyncio

log = []


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn ignores the cancel')
    await asyncio.sleep(0.01)
    log.append('stubborn finished')
    return 'stubborn'


async def main():
    async with asyncio.TaskGroup() as g:
        a = g.create_task(sleeper('a', 1))
        b = g.create_task(sleeper('b', 0.02))
        s = g.create_task(stubborn())
        await asyncio.sleep(0.01)
        a.cancel()
        s.cancel()
        print('repr while running:', repr(g))
    print(log)
    print(a.cancelled(), b.result(), s.result())
    print('cancelling:', asyncio.current_task().cancelling())

    # A failure while a stubborn child is still running: the group waits.
    log.clear()

    async def fail():
        await asyncio.sleep(0.005)
        raise ArithmeticError('bad')

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(stubborn())
            g.create_task(fail())
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)


asyncio.run(main())
