# create_task on a TaskGroup that is not entered, or already finished, raises RuntimeError.
import asyncio


async def noop():
    return None


async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    async with tg:
        t = tg.create_task(noop())
    print("inside result:", t.result())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()

    # a child creating a sibling while the group is still open is fine
    results = []

    async def spawner(group, n):
        results.append(n)
        if n < 3:
            group.create_task(spawner(group, n + 1))

    async with asyncio.TaskGroup() as tg2:
        tg2.create_task(spawner(tg2, 0))
    print("spawned chain:", results)

    # a group cannot be entered twice
    tg3 = asyncio.TaskGroup()
    async with tg3:
        try:
            async with tg3:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)


asyncio.run(main())
