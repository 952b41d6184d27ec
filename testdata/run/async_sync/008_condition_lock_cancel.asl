# Condition over a given Lock, and a cancelled wait(): the lock is taken
# back before CancelledError leaves wait().
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print('cond sees lock:', cond.locked())
    print('cond sees lock:', cond.locked())

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('wait cancelled, holding lock:', lock.locked())
                raise
            print('not reached')

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    # Hold the lock so that the cancelled waiter must wait for it.
    await lock.acquire()
    t.cancel()
    await asyncio.sleep(0.01)
    print('waiter done while we hold the lock:', t.done())
    lock.release()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())
    print('lock after:', lock.locked())

    # Two conditions sharing one lock.
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    out = []

    async def on(c, name):
        async with c:
            await c.wait()
            out.append(name)

    ts = [asyncio.create_task(on(c1, 'a')), asyncio.create_task(on(c2, 'b')),
          asyncio.create_task(on(c1, 'c'))]
    await asyncio.sleep(0)
    async with lock:
        c1.notify_all()
    await asyncio.sleep(0.01)
    print('after c1.notify_all:', out)
    async with c2:
        c2.notify()
    await asyncio.gather(*ts)
    print('after c2.notify:', out)

    try:
        asyncio.Condition(asyncio.Lock()).notify()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
