# Lock waiters are served first come, first served, and a waiter cancelled
# while it waits is skipped.
import asyncio

order = []


async def worker(lock, name, hold):
    order.append(f'{name} wants')
    async with lock:
        order.append(f'{name} got')
        await asyncio.sleep(hold)
    order.append(f'{name} done')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = {}
    for name in ['w1', 'w2', 'w3', 'w4']:
        tasks[name] = asyncio.create_task(worker(lock, name, 0.01))
        await asyncio.sleep(0)
    r = repr(lock)
    print(r[r.index('['):])

    # w2 gives up while waiting: it never gets the lock.
    tasks['w2'].cancel()
    await asyncio.sleep(0)
    print('w2 cancelled:', tasks['w2'].cancelled())
    r = repr(lock)
    print(r[r.index('['):])

    lock.release()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    for line in order:
        print(line)
    print('locked at end:', lock.locked())

    # A lock taken and given back many times in a row by one task.
    count = 0
    for i in range(5):
        async with lock:
            count += 1
    print('count:', count, lock.locked())


asyncio.run(main())
