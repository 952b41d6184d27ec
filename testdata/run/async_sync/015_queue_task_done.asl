# task_done()/join() bookkeeping and the error for too many task_done().
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    await q.join()
    print('join on a fresh queue returns at once')

    for i in range(3):
        q.put_nowait(i)
    print(str(q))
    q.get_nowait()
    q.task_done()
    print('after one task_done:', str(q))

    joined = []

    async def joiner(name):
        await q.join()
        joined.append(name)

    js = [asyncio.create_task(joiner(n)) for n in ('j1', 'j2')]
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    await asyncio.sleep(0)
    print('one left:', joined)
    q.get_nowait()
    q.task_done()
    await asyncio.gather(*js)
    print('all done:', joined, str(q))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    # task_done may come before the item is fetched: it only counts.
    q.put_nowait('a')
    q.put_nowait('b')
    q.task_done()
    q.task_done()
    await q.join()
    print('joined with items still queued:', q.qsize(), str(q))


asyncio.run(main())
