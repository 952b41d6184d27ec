# Event: set/clear/is_set, wait() returning True, every waiter woken in the
# order it started waiting, and the repr's state part.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def waiter(ev, name, log):
    log.append(f'{name} waiting')
    result = await ev.wait()
    log.append(f'{name} woke: {result}')


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))
    ev.set()
    print(ev.is_set(), state(ev))
    print('wait on set event:', await ev.wait())
    ev.set()
    print('set twice:', ev.is_set())
    ev.clear()
    print('cleared:', ev.is_set(), state(ev))

    log = []
    tasks = [asyncio.create_task(waiter(ev, f'w{i}', log)) for i in range(4)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    print('after set, before they run:', state(ev))
    await asyncio.gather(*tasks)
    print(state(ev))
    for line in log:
        print(line)

    # set() then clear() before the waiters run: they still wake up.
    ev.clear()
    log.clear()
    tasks = [asyncio.create_task(waiter(ev, f'v{i}', log)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    print(type(ev).__module__, repr(ev).startswith('<asyncio.locks.Event object at 0x'))


asyncio.run(main())
