# Semaphore waiters that are cancelled: before they are woken they are
# skipped; after they are woken they give their unit back to the next one.
import asyncio

log = []


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def user(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    log.append(f'{name} acquired')
    await asyncio.sleep(0.01)
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ts = [asyncio.create_task(user(sem, n)) for n in ('a', 'b', 'c', 'd')]
    await asyncio.sleep(0)
    print(state(sem))
    ts[1].cancel()          # b: cancelled while waiting
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()           # wakes a
    ts[0].cancel()          # a: cancelled after being woken
    await asyncio.gather(*ts, return_exceptions=True)
    for line in log:
        print(line)
    print(state(sem), [t.cancelled() for t in ts])

    # locked() ignores cancelled waiters.
    s2 = asyncio.Semaphore(0)
    t = asyncio.create_task(s2.acquire())
    await asyncio.sleep(0)
    s2.release()
    print('value 0 after handing over:', state(s2))
    await t
    print(state(s2))


asyncio.run(main())
