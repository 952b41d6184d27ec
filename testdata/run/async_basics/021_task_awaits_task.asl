# A task awaiting another task resumes after the awaited one's done callbacks.
import asyncio

log = []


async def leaf(n):
    log.append(f"leaf {n} start")
    await asyncio.sleep(0)
    log.append(f"leaf {n} end")
    return n


async def middle(t):
    log.append("middle awaits leaf task")
    v = await t
    log.append(f"middle got {v}")
    return v + 100


async def main():
    leaf_task = asyncio.create_task(leaf(1))
    leaf_task.add_done_callback(lambda f: log.append("leaf done callback"))
    mid_task = asyncio.create_task(middle(leaf_task))
    mid_task.add_done_callback(lambda f: log.append("middle done callback"))
    log.append("main awaits middle")
    r = await mid_task
    log.append(f"main got {r}")
    for line in log:
        print(line)
    log.clear()

    # awaiting a task that is already done does not suspend
    t = asyncio.create_task(leaf(2))
    await asyncio.sleep(0.01)
    log.append("before await done task")
    v = await t
    log.append(f"after await done task {v}")
    print(log)

    # a task cannot await itself
    async def selfish():
        return await asyncio.current_task()

    try:
        await asyncio.create_task(selfish())
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])


asyncio.run(main())
