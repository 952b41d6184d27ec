# TaskGroup: all children finish before the block exits; results from the tasks.
import asyncio

log = []


async def fetch(name, d):
    log.append(f"{name} start")
    await asyncio.sleep(d)
    log.append(f"{name} end")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("one", 0.06))
        t2 = tg.create_task(fetch("two", 0.02))
        t3 = tg.create_task(fetch("three", 0.04), name="third")
        log.append("body done creating")
    log.append("block exited")
    print("\n".join(log))
    print([t.result() for t in (t1, t2, t3)])
    print(t3.get_name(), type(tg).__name__)

    # an empty group and a group whose body awaits too
    async with asyncio.TaskGroup():
        pass
    print("empty group ok")
    log.clear()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("a", 0.02))
        await asyncio.sleep(0.01)
        log.append(f"body sees a done: {a.done()}")
        b = tg.create_task(fetch("b", 0.03))
    print(log, a.result(), b.result())


asyncio.run(main())
