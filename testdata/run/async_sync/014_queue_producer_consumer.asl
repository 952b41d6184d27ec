# A bounded queue between a fast producer and two slow consumers: put()
# waits while the queue is full, join() waits for every task_done().
import asyncio

log = []


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        log.append(f'put {i} (size {q.qsize()})')
    log.append('producer done')


async def consumer(q, name):
    while True:
        item = await q.get()
        log.append(f'{name} got {item}')
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(2)]
    await producer(q, 7)
    print('queue after producer:', str(q))
    await q.join()
    log.append('joined')
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    for line in log:
        print(line)
    print([type(r).__name__ for r in results])
    print('final:', str(q))


asyncio.run(main())
