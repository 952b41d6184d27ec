# PriorityQueue returns the smallest item first; ties broken by the next tuple field.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await pq.put(item)
    print("size:", pq.qsize())
    while not pq.empty():
        print(await pq.get())

    nums = asyncio.PriorityQueue()
    for n in [9, 4, 7, 1, 8, 2]:
        nums.put_nowait(n)
    print([nums.get_nowait() for _ in range(nums.qsize())])

    # a scheduler: jobs with deadlines processed in deadline order
    jobs = asyncio.PriorityQueue(maxsize=10)
    for deadline, name in [(30, "report"), (10, "backup"), (20, "email"), (10, "alert")]:
        jobs.put_nowait((deadline, name))
    done = []

    async def runner():
        while not jobs.empty():
            deadline, name = await jobs.get()
            await asyncio.sleep(0)
            done.append(f"{name}@{deadline}")
            jobs.task_done()

    await asyncio.gather(runner(), jobs.join())
    print(done)

    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, "a"))
    try:
        bad.put_nowait((1, 2))
    except TypeError as e:
        print("TypeError on incomparable items")
    print(isinstance(bad, asyncio.Queue))


asyncio.run(main())
