# Semaphore: the counter, locked(), acquire/release, repr states, and the
# error for a negative initial value.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def main():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    print(await sem.acquire(), state(sem))
    print(await sem.acquire(), state(sem), sem.locked())
    sem.release()
    print(state(sem))
    sem.release()
    sem.release()
    print('released beyond start:', state(sem))

    print(state(asyncio.Semaphore()), state(asyncio.Semaphore(0)))
    for bad in (-1, -10):
        try:
            asyncio.Semaphore(bad)
        except ValueError as e:
            print('ValueError', e)

    sem = asyncio.Semaphore(0)
    out = []

    async def take(name):
        async with sem:
            out.append(name)

    tasks = [asyncio.create_task(take(n)) for n in 'abcd']
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    await asyncio.sleep(0)
    print('one release:', out, state(sem))
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print('all:', out, state(sem))
    print(type(sem).__module__, repr(sem).startswith('<asyncio.locks.Semaphore object at 0x'))


asyncio.run(main())
