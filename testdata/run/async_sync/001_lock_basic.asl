# Lock: locked(), acquire/release, async with, the state part of its repr,
# and the error for releasing a lock nobody holds.
import asyncio


def state(obj):
    # The bracketed part of a lock's repr (the address is left out).
    r = repr(obj)
    return r[r.index('['):]


async def holder(lock, name, log):
    await lock.acquire()
    log.append(f'{name} acquired')
    await asyncio.sleep(0.01)
    log.append(f'{name} releasing')
    lock.release()


async def main():
    lock = asyncio.Lock()
    print('new:', lock.locked(), state(lock))
    print('acquire ->', await lock.acquire())
    print('after acquire:', lock.locked(), state(lock))
    lock.release()
    print('after release:', lock.locked(), state(lock))

    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    async with lock as value:
        print('inside async with:', value, lock.locked())
    print('after async with:', lock.locked())

    try:
        async with lock:
            raise KeyError('boom')
    except KeyError as e:
        print('error left the block:', repr(e), 'locked:', lock.locked())

    log = []
    tasks = [asyncio.create_task(holder(lock, n, log)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print('with waiters:', state(lock))
    await asyncio.gather(*tasks)
    print(log)
    print('end:', state(lock))
    print(type(lock).__module__, type(lock).__name__)
    print(repr(lock).startswith('<asyncio.locks.Lock object at 0x'))


asyncio.run(main())
