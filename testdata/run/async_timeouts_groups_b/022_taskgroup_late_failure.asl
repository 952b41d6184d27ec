# A child failing while the body already waits in __aexit__, and one failing during the body.
import asyncio

log = []


async def sleepy(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} ok")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def late_fail():
    await asyncio.sleep(0.03)
    raise IndexError("late failure")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleepy("s1", 0.01))
            tg.create_task(late_fail())
            tg.create_task(sleepy("s2", 0.1))
            log.append("body finished")
    except ExceptionGroup as eg:
        log.append(f"caught {[repr(e) for e in eg.exceptions]}")
    print(log)
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(late_fail())
            try:
                await asyncio.sleep(0.1)
                log.append("body sleep ended")
            except asyncio.CancelledError:
                log.append("body interrupted by the failing child")
                raise
            finally:
                log.append("body finally")
    except ExceptionGroup as eg:
        log.append(f"caught {[repr(e) for e in eg.exceptions]}")
    print(log)


asyncio.run(main())
