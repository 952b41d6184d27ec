# Nested TaskGroups: an inner failure becomes an ExceptionGroup inside the
# outer one, and outer siblings are cancelled.
import asyncio

log = []


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} ok')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def crash(delay, msg):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)


async def inner_group(fail):
    async with asyncio.TaskGroup() as g:
        g.create_task(step('inner-a', 0.01))
        if fail:
            g.create_task(crash(0.02, 'inner crash'))
        g.create_task(step('inner-b', 0.05))
    return 'inner done'


async def main():
    async with asyncio.TaskGroup() as outer:
        t = outer.create_task(inner_group(False))
        outer.create_task(step('outer-x', 0.02))
    print(t.result(), log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group(True))
            outer.create_task(step('outer-y', 0.1))
    except ExceptionGroup as eg:
        print(repr(eg))
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner.exceptions)
    print(log)

    # An inner group inside the body of the outer one.
    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(step('sibling', 0.1))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(crash(0.01, 'deep'))
            log.append('not reached')
    except ExceptionGroup as eg:
        print(repr(eg))
    print(log)


asyncio.run(main())
