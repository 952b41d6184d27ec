# Condition: notify(n) wakes the first n waiters, notify_all wakes the
# rest, and wait/notify without the lock are errors.
import asyncio

log = []


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def waiter(cond, name):
    async with cond:
        log.append(f'{name} waits')
        result = await cond.wait()
        log.append(f'{name} woke ({result}) locked={cond.locked()}')


async def main():
    cond = asyncio.Condition()
    print(state(cond), cond.locked())
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print('RuntimeError', e)

    tasks = [asyncio.create_task(waiter(cond, f'w{i}')) for i in range(5)]
    await asyncio.sleep(0)
    print(state(cond))

    async with cond:
        print('inside:', state(cond))
        cond.notify()
    await asyncio.sleep(0)
    log.append('-- notify(2)')
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    log.append('-- notify_all')
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print(state(cond))

    async with cond:
        cond.notify(10)
        print('notify with nobody waiting is fine')
    print(type(cond).__module__, repr(cond).startswith('<asyncio.locks.Condition object at 0x'))


asyncio.run(main())
