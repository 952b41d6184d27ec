# A three-stage pipeline: a queue between each stage, sentinels to stop,
# a Lock around a shared tally and an Event to announce the end.
import asyncio

STOP = None


async def reader(out_q, lines):
    for line in lines:
        await out_q.put(line)
        await asyncio.sleep(0.001)
    await out_q.put(STOP)


async def splitter(in_q, out_q):
    while True:
        line = await in_q.get()
        if line is STOP:
            await out_q.put(STOP)
            return
        for word in line.split():
            await out_q.put(word.lower().strip('.,!'))


async def counter(in_q, tally, lock, finished):
    while True:
        word = await in_q.get()
        if word is STOP:
            finished.set()
            return
        async with lock:
            tally[word] = tally.get(word, 0) + 1


async def main():
    text = [
        'The quick brown fox.',
        'The lazy dog, the end!',
        'Quick quick QUICK',
    ]
    q1 = asyncio.Queue(maxsize=1)
    q2 = asyncio.Queue(maxsize=3)
    tally = {}
    lock = asyncio.Lock()
    finished = asyncio.Event()
    tasks = [
        asyncio.create_task(reader(q1, text)),
        asyncio.create_task(splitter(q1, q2)),
        asyncio.create_task(counter(q2, tally, lock, finished)),
    ]
    await finished.wait()
    print('finished:', finished.is_set())
    await asyncio.gather(*tasks)
    for word, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'{word:>6} {n}')
    print(str(q1), str(q2), lock.locked())


asyncio.run(main())
