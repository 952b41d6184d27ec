# PriorityQueue gives the smallest entry first; entries are usually
# (priority, data) tuples, and ties are broken by the data.
import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f'Job({self.prio}, {self.name!r})'


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e'), (0, 'z')]:
        pq.put_nowait(item)
    print(pq.qsize(), pq.empty())
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)

    nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 7]
    for n in nums:
        await pq.put(n)
    print([await pq.get() for _ in range(len(nums))])

    # Entries equal in priority: the heap's own order, as heapq's.
    jobs = [Job(2, 'p'), Job(1, 'q'), Job(2, 'r'), Job(1, 's'), Job(2, 't'), Job(1, 'u'), Job(3, 'v')]
    for j in jobs:
        pq.put_nowait(j)
    print([pq.get_nowait() for _ in range(len(jobs))])

    # Interleaved puts and gets.
    for n in [5, 3, 8]:
        pq.put_nowait(n)
    print(pq.get_nowait())
    for n in [1, 9]:
        pq.put_nowait(n)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    pq.put_nowait(1)
    try:
        pq.put_nowait('x')
        print(pq.get_nowait())
    except TypeError as e:
        print('TypeError', e)

    bounded = asyncio.PriorityQueue(2)
    bounded.put_nowait((2, 'two'))
    bounded.put_nowait((1, 'one'))
    try:
        bounded.put_nowait((0, 'zero'))
    except asyncio.QueueFull:
        print('full:', str(bounded))
    print(type(bounded).__module__, issubclass(asyncio.PriorityQueue, asyncio.Queue))


asyncio.run(main())
