# Sequential awaits versus gather: same results, different interleavings of the log.
import asyncio

log = []


async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


async def main():
    seq = [await step("a", 2), await step("b", 3), await step("c", 1)]
    print("sequential:", seq, " ".join(log))
    log.clear()
    con = await asyncio.gather(step("a", 2), step("b", 3), step("c", 1))
    print("gathered:  ", con, " ".join(log))
    log.clear()
    comp = [await x for x in [step("x", 1), step("y", 2)]]
    print("comprehension:", comp, " ".join(log))
    log.clear()
    tasks = [asyncio.create_task(step(n, 2)) for n in "pq"]
    log.append("tasks created")
    res = [await t for t in tasks]
    print("tasks:", res, " ".join(log))


asyncio.run(main())
