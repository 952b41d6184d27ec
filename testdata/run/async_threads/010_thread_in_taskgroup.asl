import asyncio
import time


def job(name, delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.to_thread(job, "a", 0.05))
        b = tg.create_task(asyncio.to_thread(job, "b", 0.02))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.to_thread(job, "x", 0.01, True))
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])


asyncio.run(main())
