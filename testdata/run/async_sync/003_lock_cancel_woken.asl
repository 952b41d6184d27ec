# A waiter that is woken up (its future done) and then cancelled before it
# runs passes the lock on to the next waiter, as CPython 3.11 does.
import asyncio

log = []


async def waiter(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f'{name} cancelled while waiting')
        raise
    log.append(f'{name} holds the lock')
    await asyncio.sleep(0.01)
    lock.release()
    log.append(f'{name} released')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter(lock, 'a'))
    b = asyncio.create_task(waiter(lock, 'b'))
    c = asyncio.create_task(waiter(lock, 'c'))
    await asyncio.sleep(0)

    # Release wakes a up; cancel it before it gets to run.
    lock.release()
    print('locked right after release:', lock.locked())
    a.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in results])
    for line in log:
        print(line)
    print('locked:', lock.locked())

    # Acquire is immediate when only cancelled futures wait.
    lock2 = asyncio.Lock()
    await lock2.acquire()
    t = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    t.cancel()
    lock2.release()
    try:
        await t
    except asyncio.CancelledError:
        print('t cancelled')
    print('lock2 free:', not lock2.locked())
    print('acquire:', await lock2.acquire())


asyncio.run(main())
