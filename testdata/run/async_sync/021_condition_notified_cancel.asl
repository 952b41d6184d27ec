# A Condition waiter that is notified and then cancelled before it runs:
# the notification is used up (3.11 does not pass it on), and the waiter
# still takes the lock back before its CancelledError leaves wait().
import asyncio

log = []


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            log.append(f'{name} notified')
        except asyncio.CancelledError:
            log.append(f'{name} cancelled, holds lock: {cond.locked()}')
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, 'a'))
    b = asyncio.create_task(waiter(cond, 'b'))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        a.cancel()
    await asyncio.sleep(0.01)
    print('b still waiting:', not b.done())
    async with cond:
        cond.notify()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.cancelled())
    for line in log:
        print(line)

    # notify() counts only waiters not already woken.
    log.clear()
    ts = [asyncio.create_task(waiter(cond, n)) for n in 'wxyz']
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        cond.notify(1)
        r = repr(cond)
        print(r[r.index('['):])
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(log)


asyncio.run(main())
