# sleep(0) yields one turn of the loop: tasks interleave round-robin in creation order.
import asyncio

trace = []


async def ticker(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    trace.append(f"{name}!")


async def burst(name):
    # no await between appends: runs to completion in one step
    for i in range(3):
        trace.append(f"{name}{i}")
    await asyncio.sleep(0)
    trace.append(f"{name}!")


async def main():
    tasks = [asyncio.create_task(ticker("a", 3)),
             asyncio.create_task(ticker("b", 1)),
             asyncio.create_task(burst("x")),
             asyncio.create_task(ticker("c", 2))]
    for t in tasks:
        await t
    print(" ".join(trace))
    trace.clear()

    # main interleaves too when it sleeps(0) itself
    t = asyncio.create_task(ticker("t", 4))
    for i in range(3):
        trace.append(f"main{i}")
        await asyncio.sleep(0)
    await t
    print(" ".join(trace))
    trace.clear()

    # a task created by a task joins the end of the ready queue
    async def spawner():
        trace.append("spawner")
        inner = asyncio.create_task(ticker("s", 2))
        await asyncio.sleep(0)
        trace.append("spawner back")
        await inner
    await asyncio.gather(spawner(), ticker("g", 3))
    print(" ".join(trace))
    r = await asyncio.sleep(0, "result")
    print(r, await asyncio.sleep(0))


asyncio.run(main())
