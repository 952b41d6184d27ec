# create_task schedules the task; it starts at the next turn of the loop, in creation order.
import asyncio

log = []


async def worker(name, steps):
    log.append(f"{name} start")
    for i in range(steps):
        await asyncio.sleep(0)
        log.append(f"{name} step {i}")
    log.append(f"{name} end")
    return name.upper()


async def main():
    t1 = asyncio.create_task(worker("a", 2))
    t2 = asyncio.create_task(worker("b", 1))
    t3 = asyncio.create_task(worker("c", 3))
    log.append("main after create")
    print("done before any await:", t1.done(), t2.done(), t3.done())
    await asyncio.sleep(0)
    log.append("main after first sleep(0)")
    r = [await t1, await t2, await t3]
    log.append("main gathered")
    print(r)
    for line in log:
        print(line)
    print("all done:", t1.done(), t2.done(), t3.done())


asyncio.run(main())
