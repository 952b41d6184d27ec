# Several tasks failing in the same turn: all their errors are gathered,
# in the order the tasks finished; an error of the body comes last.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail_after(0.01, ValueError(1)))
            g.create_task(fail_after(0.01, TypeError(2)))
            g.create_task(fail_after(0.01, KeyError(3)))
            g.create_task(fail_after(0.5, IndexError('never')))
    except ExceptionGroup as eg:
        print(len(eg.exceptions), eg.exceptions)
        print(str(eg))

    # The body raises while the children run: children are cancelled and
    # the body's error joins the group.
    cancelled = []

    async def child(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise

    try:
        async with asyncio.TaskGroup() as g:
            for n in range(3):
                g.create_task(child(n))
            await asyncio.sleep(0.01)
            1 / 0
    except ExceptionGroup as eg:
        print(repr(eg))
    print(sorted(cancelled))

    # The body raises before the child fails: the child is cancelled.
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail_after(0, OSError('child')))
            await asyncio.sleep(0)
            raise LookupError('body')
    except ExceptionGroup as eg:
        print(repr(eg))

    # Splitting the group by type, as `except*` would.
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail_after(0.01, ValueError('a')))
            g.create_task(fail_after(0.01, ValueError('b')))
            g.create_task(fail_after(0.01, TypeError('c')))
    except ExceptionGroup as eg:
        values = [e for e in eg.exceptions if isinstance(e, ValueError)]
        others = [e for e in eg.exceptions if not isinstance(e, ValueError)]
        print('values:', values, 'others:', others)


asyncio.run(main())
